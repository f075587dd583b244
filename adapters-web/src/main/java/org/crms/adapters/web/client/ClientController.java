package org.crms.adapters.web.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import java.util.UUID;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.EntityTags;
import org.crms.application.port.in.client.CreateClientCommand;
import org.crms.application.port.in.client.CreateClientUseCase;
import org.crms.application.port.in.client.GetClientQuery;
import org.crms.application.port.in.client.GetClientUseCase;
import org.crms.application.port.in.client.UpdateClientCommand;
import org.crms.application.port.in.client.UpdateClientUseCase;
import org.crms.domain.client.ClientId;

/**
 * The client resource of the JSON API: read, create and update. Permissions are decided by the
 * domain; here only authentication. The list is in {@link ClientListController}; deleting and
 * restoring are in {@link ClientTrashController}.
 */
@Controller(ClientController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.CLIENTS)
final class ClientController {
  static final String PATH = "/api/v1/clients";

  private final GetClientUseCase getClient;
  private final CreateClientUseCase createClient;
  private final UpdateClientUseCase updateClient;

  ClientController(
      GetClientUseCase getClient,
      CreateClientUseCase createClient,
      UpdateClientUseCase updateClient) {
    this.getClient = getClient;
    this.createClient = createClient;
    this.updateClient = updateClient;
  }

  /**
   * Reads one client.
   *
   * @param id the client's id
   * @param authentication the caller
   */
  @Get("/{id}")
  @ApiDocs.Reads
  HttpResponse<ClientResponse> getClient(UUID id, Authentication authentication) {
    var query = new GetClientQuery(Actors.from(authentication), new ClientId(id));
    return ClientResponse.tagged(getClient.get(query));
  }

  /**
   * Creates a client; its name must not be taken by another live client, whatever the case.
   *
   * @param payload the new client; {@code active} is true when absent
   * @param authentication the caller
   */
  @Post
  @Status(HttpStatus.CREATED)
  @ApiDocs.Creates
  HttpResponse<ClientResponse> createClient(
      @Body ClientPayload payload, Authentication authentication) {
    var command = new CreateClientCommand(Actors.from(authentication), payload.details());
    var client = createClient.create(command);
    var location = URI.create(PATH + "/" + client.id());
    return EntityTags.tagged(
        HttpResponse.created(ClientResponse.from(client), location), client.version());
  }

  /**
   * Replaces every editable field of a client: a field left out is cleared.
   *
   * @param id the client's id
   * @param ifMatch the {@code ETag} of the version the change is based on; required
   * @param payload the client's fields as they shall be
   * @param authentication the caller
   */
  @Put("/{id}")
  @ApiDocs.Replaces
  HttpResponse<ClientResponse> updateClient(
      UUID id,
      @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
      @Body ClientPayload payload,
      Authentication authentication) {
    var clientId = new ClientId(id);
    var expectedVersion = EntityTags.expectedVersion(ifMatch, "Client", clientId);
    var command =
        new UpdateClientCommand(
            Actors.from(authentication), clientId, expectedVersion, payload.details());
    return ClientResponse.tagged(updateClient.update(command));
  }
}
