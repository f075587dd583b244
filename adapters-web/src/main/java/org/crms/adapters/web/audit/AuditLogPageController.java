package org.crms.adapters.web.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.audit.ListAuditEventsQuery;
import org.crms.application.port.in.audit.ListAuditEventsUseCase;

/**
 * The global audit log page, with the API's filters. Only admins may read it: the use case refuses
 * anyone else, which shows the 403 page; nothing here checks a role.
 */
@Controller(AuditLogPage.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class AuditLogPageController {
  private final Pages pages;
  private final ListAuditEventsUseCase auditLog;

  AuditLogPageController(Pages pages, ListAuditEventsUseCase auditLog) {
    this.pages = pages;
    this.auditLog = auditLog;
  }

  @Get
  HttpResponse<?> auditLog(
      @QueryValue @Nullable String userId,
      @QueryValue @Nullable List<String> action,
      @QueryValue @Nullable String itemType,
      @QueryValue @Nullable String itemId,
      @QueryValue @Nullable String from,
      @QueryValue @Nullable String to,
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      HttpRequest<?> request,
      Authentication authentication) {
    var filters = AuditLogFilters.of(userId, action, itemType, itemId, from, to);
    var query =
        new ListAuditEventsQuery(
            Actors.from(authentication),
            filters.filter(),
            PageLimit.orDefault(limit),
            AuditCursors.decode(cursor));
    var page = AuditLogPage.of(pages.chrome(request), filters, auditLog.list(query), limit, cursor);
    return pages.ok(request, "audit/log.jte", page);
  }
}
