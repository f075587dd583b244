package org.crms.adapters.web.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.apidocs.ApiProblems;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.PageResponse;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.audit.GetItemHistoryQuery;
import org.crms.application.port.in.audit.GetItemHistoryUseCase;
import org.crms.domain.audit.ItemType;

/**
 * The history of any kind of item, newest first, read from the audit trail alone: it serves items
 * whose resource lives elsewhere, and items in the trash. Who may read which is the domain's call.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.AUDIT)
final class HistoryController {
  private final GetItemHistoryUseCase history;

  HistoryController(GetItemHistoryUseCase history) {
    this.history = history;
  }

  /**
   * Lists what happened to a client, newest first.
   *
   * @param id the client
   * @param limit how many events a page holds, 1 to 200 (default 50)
   * @param cursor the {@code nextCursor} of the previous page, to continue after it
   * @param authentication the caller
   */
  @Get("/clients/{id}/history")
  @ApiDocs.Lists
  @ApiProblems.NotFound
  PageResponse<AuditEventResponse> listClientHistory(
      UUID id,
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      Authentication authentication) {
    return page(ItemType.CLIENT, id, limit, cursor, authentication);
  }

  /**
   * Lists what happened to a request type, newest first.
   *
   * @param id the request type
   * @param limit how many events a page holds, 1 to 200 (default 50)
   * @param cursor the {@code nextCursor} of the previous page, to continue after it
   * @param authentication the caller
   */
  @Get("/request-types/{id}/history")
  @ApiDocs.Lists
  @ApiProblems.NotFound
  PageResponse<AuditEventResponse> listRequestTypeHistory(
      UUID id,
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      Authentication authentication) {
    return page(ItemType.REQUEST_TYPE, id, limit, cursor, authentication);
  }

  /**
   * Lists what happened to a client request, newest first: changes, status moves, trash.
   *
   * @param id the client request
   * @param limit how many events a page holds, 1 to 200 (default 50)
   * @param cursor the {@code nextCursor} of the previous page, to continue after it
   * @param authentication the caller
   */
  @Get("/requests/{id}/history")
  @ApiDocs.Lists
  @ApiProblems.NotFound
  PageResponse<AuditEventResponse> listClientRequestHistory(
      UUID id,
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      Authentication authentication) {
    return page(ItemType.REQUEST, id, limit, cursor, authentication);
  }

  /**
   * Lists what happened to a contact record, newest first.
   *
   * @param id the contact record
   * @param limit how many events a page holds, 1 to 200 (default 50)
   * @param cursor the {@code nextCursor} of the previous page, to continue after it
   * @param authentication the caller
   */
  @Get("/contact-records/{id}/history")
  @ApiDocs.Lists
  @ApiProblems.NotFound
  PageResponse<AuditEventResponse> listContactRecordHistory(
      UUID id,
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      Authentication authentication) {
    return page(ItemType.CONTACT_RECORD, id, limit, cursor, authentication);
  }

  /**
   * Lists what happened to a user account, newest first: sign-up, logins, tokens, role and
   * activation changes (admins only).
   *
   * @param id the user
   * @param limit how many events a page holds, 1 to 200 (default 50)
   * @param cursor the {@code nextCursor} of the previous page, to continue after it
   * @param authentication the caller
   */
  @Get("/users/{id}/history")
  @ApiDocs.Lists
  @ApiProblems.NotFound
  @ApiProblems.Forbidden
  PageResponse<AuditEventResponse> listUserHistory(
      UUID id,
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      Authentication authentication) {
    return page(ItemType.USER, id, limit, cursor, authentication);
  }

  private PageResponse<AuditEventResponse> page(
      ItemType type, UUID id, Integer limit, String cursor, Authentication authentication) {
    var actor = Actors.from(authentication);
    var after = AuditCursors.decode(cursor);
    var query = new GetItemHistoryQuery(actor, type, id, PageLimit.orDefault(limit), after);
    return PageResponse.of(history.history(query), AuditEventResponse::from, AuditCursors::encode);
  }
}
