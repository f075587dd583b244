package org.crms.adapters.web.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.UUID;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.EntityTags;
import org.crms.application.port.in.request.ChangeRequestStatusCommand;
import org.crms.application.port.in.request.ChangeRequestStatusUseCase;
import org.crms.domain.request.ClientRequestId;

/**
 * Moves client requests through their workflow (Pending, In Progress, Completed). Which move is
 * allowed is the domain's decision; an illegal one is answered with 409 naming both statuses.
 */
@Controller(ClientRequestController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.CLIENT_REQUESTS)
final class ClientRequestStatusController {
  private final ChangeRequestStatusUseCase changeStatus;
  private final Clock clock;

  ClientRequestStatusController(ChangeRequestStatusUseCase changeStatus, Clock clock) {
    this.changeStatus = changeStatus;
    this.clock = clock;
  }

  /**
   * Moves a request to another status: start (PENDING to IN_PROGRESS), complete (IN_PROGRESS to
   * COMPLETED), put back (IN_PROGRESS to PENDING) or reopen (COMPLETED to IN_PROGRESS).
   *
   * @param id the request's id
   * @param ifMatch optionally, the {@code ETag} the move is based on (412 if stale); without it, or
   *     with {@code *}, the current version is moved
   * @param payload the target status
   * @param authentication the caller
   * @return the request as stored, with its new {@code ETag}
   */
  @Post("/{id}/status")
  @ApiDocs.Moves
  HttpResponse<ClientRequestResponse> changeClientRequestStatus(
      UUID id,
      @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
      @Body StatusPayload payload,
      Authentication authentication) {
    var requestId = new ClientRequestId(id);
    // Optional here: the workflow guards the move, and "*" asks for no more than that.
    var anyVersion = ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*");
    var expected = anyVersion ? null : EntityTags.expectedVersion(ifMatch, "Request", requestId);
    var command =
        new ChangeRequestStatusCommand(
            Actors.from(authentication), requestId, payload.target(), expected);
    return ClientRequestResponse.tagged(
        changeStatus.changeStatus(command), ClientRequestResponse.today(clock));
  }
}
