package org.crms.adapters.web.request;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.apidocs.ApiProblems;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.request.BulkEditRequestsUseCase;

/** Applies one change to many client requests at once, reporting the outcome request by request. */
@Controller(ClientRequestController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.CLIENT_REQUESTS)
final class ClientRequestBulkController {
  private final BulkEditRequestsUseCase bulkEdit;

  ClientRequestBulkController(BulkEditRequestsUseCase bulkEdit) {
    this.bulkEdit = bulkEdit;
  }

  /**
   * Sets the status, owner, priority, due date or type of up to 200 requests. Each request is
   * changed (and audited) on its own, so one refusal (an illegal move, a request gone, a concurrent
   * edit) leaves the others applied; the answer is 200 with each request's outcome.
   *
   * @param payload the request ids and the one change
   * @param authentication the caller
   * @return each request's outcome, in the order of the ids, and how many were changed
   */
  @Post("/bulk")
  @ApiDocs.IdempotencyKey
  @ApiProblems.BadRequest
  @ApiProblems.Forbidden
  @ApiProblems.Conflict
  @ApiProblems.ValidationFailed
  BulkEditResponse bulkEditClientRequests(
      @Body BulkEditPayload payload, Authentication authentication) {
    return BulkEditResponse.from(bulkEdit.edit(payload.command(Actors.from(authentication))));
  }
}
