package org.crms.adapters.web.client;

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
import java.util.UUID;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.client.DeleteClientCommand;
import org.crms.application.port.in.client.DeleteClientUseCase;
import org.crms.application.port.in.client.RestoreClientCommand;
import org.crms.application.port.in.client.RestoreClientUseCase;
import org.crms.domain.client.ClientId;

/**
 * Moves clients to the trash and back, under the client resource's path. Whether the actor may
 * (admins only) is decided by the domain.
 */
@Controller(ClientController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.CLIENTS)
final class ClientTrashController {
  private final DeleteClientUseCase deleteClient;
  private final RestoreClientUseCase restoreClient;

  ClientTrashController(DeleteClientUseCase deleteClient, RestoreClientUseCase restoreClient) {
    this.deleteClient = deleteClient;
    this.restoreClient = restoreClient;
  }

  /**
   * Moves a client to the trash (admins only); it leaves every list and search.
   *
   * @param id the client's id
   * @param authentication the caller
   */
  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  @ApiDocs.Trashes
  HttpResponse<Void> deleteClient(UUID id, Authentication authentication) {
    deleteClient.delete(new DeleteClientCommand(Actors.from(authentication), new ClientId(id)));
    return HttpResponse.noContent();
  }

  /**
   * Brings a client back from the trash (admins only).
   *
   * @param id the client's id
   * @param authentication the caller
   */
  @Post("/{id}/restore")
  @ApiDocs.Restores
  HttpResponse<ClientResponse> restoreClient(UUID id, Authentication authentication) {
    var command = new RestoreClientCommand(Actors.from(authentication), new ClientId(id));
    return ClientResponse.tagged(restoreClient.restore(command));
  }
}
