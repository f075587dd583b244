package org.crms.adapters.web.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.EntityTags;
import org.crms.application.port.in.request.OpenRequestCommand;
import org.crms.application.port.in.request.OpenRequestUseCase;
import org.crms.application.port.in.request.UpdateRequestCommand;
import org.crms.application.port.in.request.UpdateRequestUseCase;
import org.crms.domain.request.ClientRequestId;

/**
 * Opens and edits client requests, under the request resource's path. Which client, type and owner
 * a request may have is decided by the use cases; a bad one is a 422 naming the field.
 */
@Controller(ClientRequestController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.CLIENT_REQUESTS)
final class ClientRequestEditController {
  private static final String PATH = ClientRequestController.PATH;

  private final OpenRequestUseCase openRequest;
  private final UpdateRequestUseCase updateRequest;
  private final Clock clock;

  ClientRequestEditController(
      OpenRequestUseCase openRequest, UpdateRequestUseCase updateRequest, Clock clock) {
    this.openRequest = openRequest;
    this.updateRequest = updateRequest;
    this.clock = clock;
  }

  /**
   * Opens a new, pending request; without a due date it is due the type's target days from today.
   *
   * @param payload the request's fields
   * @param authentication the caller
   * @return the new request
   */
  @Post
  @Status(HttpStatus.CREATED)
  @ApiDocs.Creates
  HttpResponse<ClientRequestResponse> openClientRequest(
      @Body ClientRequestPayload payload, Authentication authentication) {
    var parsed = payload.parse();
    var command =
        new OpenRequestCommand(Actors.from(authentication), parsed.details(), parsed.owner());
    var request = openRequest.open(command);
    var body = ClientRequestResponse.from(request, ClientRequestResponse.today(clock));
    var location = URI.create(PATH + "/" + request.id());
    return EntityTags.tagged(HttpResponse.created(body, location), request.version());
  }

  /**
   * Replaces every editable field of a request (a field left out is cleared), provided it is still
   * at the version given in {@code If-Match}.
   *
   * @param id the request's id
   * @param ifMatch the {@code ETag} the change is based on (required: 428 without, 412 if stale)
   * @param payload every editable field
   * @param authentication the caller
   * @return the request as stored, with its new {@code ETag}
   */
  @Put("/{id}")
  @ApiDocs.Replaces
  HttpResponse<ClientRequestResponse> updateClientRequest(
      UUID id,
      @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
      @Body ClientRequestPayload payload,
      Authentication authentication) {
    var requestId = new ClientRequestId(id);
    var expectedVersion = EntityTags.expectedVersion(ifMatch, "Request", requestId);
    var parsed = payload.parse();
    var command =
        new UpdateRequestCommand(
            Actors.from(authentication),
            requestId,
            expectedVersion,
            parsed.details(),
            parsed.owner());
    return ClientRequestResponse.tagged(
        updateRequest.update(command), ClientRequestResponse.today(clock));
  }
}
