package org.crms.adapters.web.request;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
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
import org.crms.application.port.in.request.DeleteRequestCommand;
import org.crms.application.port.in.request.DeleteRequestUseCase;
import org.crms.application.port.in.request.RestoreRequestCommand;
import org.crms.application.port.in.request.RestoreRequestUseCase;
import org.crms.domain.request.ClientRequestId;

/**
 * Moves client requests to the trash and back, under the request resource's path. Whether the actor
 * may (admins only) is decided by the domain.
 */
@Controller(ClientRequestController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.CLIENT_REQUESTS)
final class ClientRequestTrashController {
  private final DeleteRequestUseCase deleteRequest;
  private final RestoreRequestUseCase restoreRequest;
  private final Clock clock;

  ClientRequestTrashController(
      DeleteRequestUseCase deleteRequest, RestoreRequestUseCase restoreRequest, Clock clock) {
    this.deleteRequest = deleteRequest;
    this.restoreRequest = restoreRequest;
    this.clock = clock;
  }

  /**
   * Moves a request to the trash (admins only; 403 for others).
   *
   * @param id the request's id
   * @param authentication the caller
   */
  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  @ApiDocs.Trashes
  HttpResponse<Void> deleteClientRequest(UUID id, Authentication authentication) {
    deleteRequest.delete(
        new DeleteRequestCommand(Actors.from(authentication), new ClientRequestId(id)));
    return HttpResponse.noContent();
  }

  /**
   * Brings a request back from the trash (admins only; 403 for others).
   *
   * @param id the request's id
   * @param authentication the caller
   * @return the restored request, with its {@code ETag}
   */
  @Post("/{id}/restore")
  @ApiDocs.Restores
  HttpResponse<ClientRequestResponse> restoreClientRequest(UUID id, Authentication authentication) {
    var command = new RestoreRequestCommand(Actors.from(authentication), new ClientRequestId(id));
    return ClientRequestResponse.tagged(
        restoreRequest.restore(command), ClientRequestResponse.today(clock));
  }
}
