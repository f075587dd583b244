package org.crms.adapters.web.request;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.adapters.web.shared.CsvExports;
import org.crms.adapters.web.shared.QueryFlags;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.request.RequestFilter;
import org.crms.application.port.in.request.RequestSort;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.UserId;

/**
 * The query parameters of the request list. All are optional and read strictly: a value that does
 * not parse is answered with 400 naming the parameter. Each is described for the OpenAPI document
 * by its {@code Parameter}.
 */
@Introspected
record RequestListParameters(
    @Parameter(
            description =
                "One or more of PENDING, IN_PROGRESS, COMPLETED: repeat the parameter, or separate them by commas.")
        @Nullable
        @QueryValue
        List<String> status,
    @Parameter(description = "One or more of LOW, NORMAL, HIGH, URGENT, as for `status`.")
        @Nullable
        @QueryValue
        List<String> priority,
    @Parameter(description = "Only requests of this request type (its id).") @Nullable @QueryValue
        String typeId,
    @Parameter(description = "Only requests of this client (its id).") @Nullable @QueryValue
        String clientId,
    @Parameter(description = "Only requests this user owns (their id).") @Nullable @QueryValue
        String ownerId,
    @Parameter(description = "`true`: only requests nobody owns; `false`: only owned ones.")
        @Nullable
        @QueryValue
        String unassigned,
    @Parameter(description = "`true`: only the caller's own requests.") @Nullable @QueryValue
        String mine,
    @Parameter(
            description =
                "`true`: only overdue requests (not completed, due before today in UTC); `false`: the others.")
        @Nullable
        @QueryValue
        String overdue,
    @Parameter(
            description =
                "Only requests created at or after this instant (ISO 8601 with offset, e.g. `2026-05-01T00:00:00Z`).")
        @Nullable
        @QueryValue
        String createdFrom,
    @Parameter(description = "Only requests created before this instant.") @Nullable @QueryValue
        String createdTo,
    @Parameter(description = "Only requests last changed at or after this instant.")
        @Nullable
        @QueryValue
        String updatedFrom,
    @Parameter(description = "Only requests last changed before this instant.")
        @Nullable
        @QueryValue
        String updatedTo,
    @Parameter(description = "A fragment of the title or reference, regardless of case.")
        @Nullable
        @QueryValue
        String q,
    @Parameter(
            description =
                "created, updated, due, priority, title or status; a leading `-` for descending; `-created` (newest first) by default. Requests without a due date come last either way.")
        @Nullable
        @QueryValue
        String sort,
    @Parameter(description = "How many requests a page holds, 1 to 200 (50 by default).")
        @Nullable
        @QueryValue
        String limit,
    @Parameter(description = "The `nextCursor` of the previous page, with the same sort.")
        @Nullable
        @QueryValue
        String cursor,
    @Parameter(description = CsvExports.FORMAT) @Nullable @QueryValue String format) {

  /**
   * @throws BadRequestException naming the first parameter that does not parse
   */
  RequestFilter filter() {
    return RequestFilter.builder()
        .statuses(constants("status", status, RequestStatus.class))
        .priorities(constants("priority", priority, Priority.class))
        .typeId(read("typeId", typeId, raw -> new RequestTypeId(RequestValues.uuid(raw))))
        .clientId(read("clientId", clientId, raw -> new ClientId(RequestValues.uuid(raw))))
        .ownerId(read("ownerId", ownerId, raw -> new UserId(RequestValues.uuid(raw))))
        .unassigned(QueryFlags.parse("unassigned", unassigned))
        .mine(Boolean.TRUE.equals(QueryFlags.parse("mine", mine)))
        .overdue(QueryFlags.parse("overdue", overdue))
        .created(instant("createdFrom", createdFrom), instant("createdTo", createdTo))
        .updated(instant("updatedFrom", updatedFrom), instant("updatedTo", updatedTo))
        .q(q)
        .build();
  }

  RequestSort order() {
    return RequestOrder.parse(sort);
  }

  /**
   * @throws BadRequestException if the limit is not a whole number
   * @throws org.crms.domain.shared.InvalidValueException if it is out of range
   */
  PageLimit pageLimit() {
    return PageLimit.orDefault(read("limit", limit, Integer::valueOf));
  }

  private static Instant instant(String name, String raw) {
    return read(name, raw, RequestValues::instant);
  }

  private static <E extends Enum<E>> Set<E> constants(
      String name, List<String> raws, Class<E> type) {
    if (raws == null) {
      return Set.of();
    }
    var found = EnumSet.noneOf(type);
    raws.stream()
        .flatMap(raw -> Stream.of(raw.split(",")))
        .filter(raw -> !raw.isBlank())
        .forEach(raw -> found.add(read(name, raw, value -> RequestValues.constant(type, value))));
    return found;
  }

  /** Null when absent or blank; otherwise the parsed value. */
  private static <T> T read(String name, String raw, Function<String, T> parse) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return parse.apply(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(name, message(e));
    }
  }

  private static String message(IllegalArgumentException e) {
    return e instanceof NumberFormatException ? "Must be a whole number." : e.getMessage();
  }
}
