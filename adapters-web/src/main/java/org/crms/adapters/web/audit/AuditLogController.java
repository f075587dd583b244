package org.crms.adapters.web.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.apidocs.ApiProblems;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.CsvExports;
import org.crms.adapters.web.shared.PageResponse;
import org.crms.adapters.web.shared.QueryValues;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.application.port.in.audit.AuditFilter;
import org.crms.application.port.in.audit.AuditPosition;
import org.crms.application.port.in.audit.ListAuditEventsQuery;
import org.crms.application.port.in.audit.ListAuditEventsUseCase;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.ItemType;
import org.crms.domain.user.UserId;

/** The global audit log of the JSON API. Only admins may read it; that is decided by the domain. */
@Controller("/api/v1/audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.AUDIT)
final class AuditLogController {
  private final ListAuditEventsUseCase auditLog;
  private final CsvExports csvExports;

  AuditLogController(ListAuditEventsUseCase auditLog, CsvExports csvExports) {
    this.auditLog = auditLog;
    this.csvExports = csvExports;
  }

  /**
   * Lists the events of the audit trail, newest first, one page at a time; every filter is optional
   * and they combine (admins only).
   *
   * @param limit how many events a page holds, 1 to 200 (default 50)
   * @param cursor the {@code nextCursor} of the previous page, to continue after it
   * @param userId only what this user did
   * @param action only events of these actions: repeat the parameter or separate them with commas,
   *     e.g. {@code CREATED,UPDATED}
   * @param itemType only events about items of this kind: {@code CLIENT}, {@code REQUEST_TYPE},
   *     {@code REQUEST}, {@code CONTACT_RECORD} or {@code USER}
   * @param itemId only events about this item
   * @param from only events at or after this instant (ISO-8601 with offset, e.g. {@code
   *     2026-03-01T00:00:00Z})
   * @param to only events before this instant
   * @param format {@code json} (the default) or {@code csv}: every matching event, newest first, as
   *     one CSV file; {@code limit} and {@code cursor} are ignored. {@code Accept: text/csv}
   *     without JSON does the same.
   * @param request the request, whose {@code Accept} header may ask for CSV
   * @param authentication the caller
   */
  @Get(produces = {MediaType.APPLICATION_JSON, CsvExports.TEXT_CSV})
  @ApiDocs.Lists
  @ApiProblems.Forbidden
  @ApiResponse(
      responseCode = "200",
      description = ApiDocs.LIST_OR_CSV,
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditEventPage")),
        @Content(mediaType = CsvExports.TEXT_CSV, schema = @Schema(type = "string"))
      })
  HttpResponse<?> listAuditEvents(
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      @QueryValue @Nullable String userId,
      @QueryValue @Nullable List<String> action,
      @QueryValue @Nullable String itemType,
      @QueryValue @Nullable String itemId,
      @QueryValue @Nullable String from,
      @QueryValue @Nullable String to,
      @QueryValue @Nullable String format,
      HttpRequest<?> request,
      Authentication authentication) {
    var user = QueryValues.uuid("userId", userId);
    var filter =
        new AuditFilter(
            user == null ? null : new UserId(user),
            actions(action),
            QueryValues.constant("itemType", itemType, ItemType.class),
            QueryValues.uuid("itemId", itemId),
            QueryValues.range("from", from, "to", to));
    var actor = Actors.from(authentication);
    BiFunction<PageLimit, AuditPosition, Page<AuditEntry, AuditPosition>> pages =
        (size, after) -> auditLog.list(new ListAuditEventsQuery(actor, filter, size, after));
    if (CsvExports.requested(request, format)) {
      return csvExports.export("audit-log.csv", AuditEventCsv.COLUMNS, pages);
    }
    var page = pages.apply(PageLimit.orDefault(limit), AuditCursors.decode(cursor));
    return HttpResponse.ok(PageResponse.of(page, AuditEventResponse::from, AuditCursors::encode));
  }

  /**
   * The actions asked for, each parameter one or several separated by commas; the audit log page
   * reads them the same way.
   */
  static Set<AuditAction> actions(List<String> values) {
    if (values == null) {
      return Set.of();
    }
    return values.stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .filter(value -> !value.isBlank())
        .map(value -> QueryValues.constant("action", value, AuditAction.class))
        .collect(Collectors.toSet());
  }
}
