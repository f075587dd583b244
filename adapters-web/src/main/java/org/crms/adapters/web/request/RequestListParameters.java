package org.crms.adapters.web.request;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.crms.adapters.web.error.BadRequestException;
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
 * not parse is answered with 400 naming the parameter.
 *
 * @param status one or more of PENDING, IN_PROGRESS, COMPLETED (repeat the parameter, or separate
 *     by commas)
 * @param priority one or more of LOW, NORMAL, HIGH, URGENT
 * @param typeId only requests of this type
 * @param clientId only requests of this client
 * @param ownerId only requests this user owns
 * @param unassigned true: only requests nobody owns; false: only owned ones
 * @param mine true: only the caller's own requests
 * @param overdue true: only overdue requests (not completed, due before today in UTC); false: the
 *     others
 * @param createdFrom created at or after this instant (ISO-8601, e.g. 2026-05-01T00:00:00Z)
 * @param createdTo created before this instant
 * @param updatedFrom last changed at or after this instant
 * @param updatedTo last changed before this instant
 * @param q a fragment of the title or reference, regardless of case
 * @param sort created (default: -created, newest first), updated, due, priority, title or status; a
 *     leading - for descending; requests without a due date come last either way
 * @param limit how many requests per page, 1 to 200 (default 50)
 * @param cursor the nextCursor of the previous page, with the same sort
 */
@Introspected
record RequestListParameters(
    @Nullable @QueryValue List<String> status,
    @Nullable @QueryValue List<String> priority,
    @Nullable @QueryValue String typeId,
    @Nullable @QueryValue String clientId,
    @Nullable @QueryValue String ownerId,
    @Nullable @QueryValue String unassigned,
    @Nullable @QueryValue String mine,
    @Nullable @QueryValue String overdue,
    @Nullable @QueryValue String createdFrom,
    @Nullable @QueryValue String createdTo,
    @Nullable @QueryValue String updatedFrom,
    @Nullable @QueryValue String updatedTo,
    @Nullable @QueryValue String q,
    @Nullable @QueryValue String sort,
    @Nullable @QueryValue String limit,
    @Nullable @QueryValue String cursor) {

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
