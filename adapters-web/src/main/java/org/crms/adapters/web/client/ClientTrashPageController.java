package org.crms.adapters.web.client;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.client.DeleteClientCommand;
import org.crms.application.port.in.client.DeleteClientUseCase;
import org.crms.application.port.in.client.RestoreClientCommand;
import org.crms.application.port.in.client.RestoreClientUseCase;
import org.crms.domain.client.ClientId;
import org.crms.domain.shared.ConflictException;

/**
 * The delete and restore buttons of clients. Whether the user may (admins only) is the domain's
 * call: a refusal becomes the 403 page. A client that still has requests stays, and its page says
 * why; a client that cannot come back (its name was taken meanwhile) stays in the trash, which says
 * why.
 */
@Controller(ClientPageController.LIST)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class ClientTrashPageController {
  static final String TRASH = "/trash";

  private final Pages pages;
  private final DeleteClientUseCase deleteClient;
  private final RestoreClientUseCase restoreClient;

  ClientTrashPageController(
      Pages pages, DeleteClientUseCase deleteClient, RestoreClientUseCase restoreClient) {
    this.pages = pages;
    this.deleteClient = deleteClient;
    this.restoreClient = restoreClient;
  }

  @Post("/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(UUID id, Authentication authentication) {
    try {
      deleteClient.delete(new DeleteClientCommand(Actors.from(authentication), new ClientId(id)));
    } catch (ConflictException e) {
      return pages.seeOther(ClientPageController.LIST + "/" + id, Flash.error(e.getMessage()));
    }
    return pages.seeOther(ClientPageController.LIST, Flash.success(Flash.DELETED));
  }

  @Post("/{id}/restore")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> restore(UUID id, Authentication authentication) {
    try {
      restoreClient.restore(
          new RestoreClientCommand(Actors.from(authentication), new ClientId(id)));
    } catch (ConflictException e) {
      return pages.seeOther(TRASH, Flash.error(e.getMessage()));
    }
    return pages.seeOther(ClientPageController.LIST + "/" + id, Flash.success(Flash.RESTORED));
  }
}
