package org.crms.adapters.web.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.UUID;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.client.GetClientQuery;
import org.crms.application.port.in.client.GetClientUseCase;
import org.crms.application.port.in.client.UpdateClientCommand;
import org.crms.application.port.in.client.UpdateClientUseCase;
import org.crms.domain.client.ClientId;
import org.crms.domain.client.DuplicateClientNameException;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.StaleAggregateException;

/**
 * The edit-client form. A refused form comes back with the domain's messages next to its fields
 * (422); an edit based on a version someone else has changed since comes back with what differs
 * (409) and the stored version, so that nothing is overwritten unseen.
 */
@Controller(ClientPageController.LIST)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class ClientEditController {
  private final Pages pages;
  private final GetClientUseCase getClient;
  private final UpdateClientUseCase updateClient;

  ClientEditController(Pages pages, GetClientUseCase getClient, UpdateClientUseCase updateClient) {
    this.pages = pages;
    this.getClient = getClient;
    this.updateClient = updateClient;
  }

  @Get("/{id}/edit")
  HttpResponse<?> editForm(UUID id, HttpRequest<?> request, Authentication authentication) {
    var client = getClient.get(new GetClientQuery(Actors.from(authentication), new ClientId(id)));
    return show(HttpStatus.OK, request, id, ClientForm.of(client), FieldErrors.none(), null);
  }

  @Post("/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> update(
      UUID id,
      @Body @Nullable ClientForm submitted,
      HttpRequest<?> request,
      Authentication authentication) {
    var form = submitted == null ? ClientForm.blank() : submitted;
    var actor = Actors.from(authentication);
    var clientId = new ClientId(id);
    try {
      updateClient.update(
          new UpdateClientCommand(actor, clientId, form.expectedVersion(), form.details()));
      return pages.seeOther(ClientPageController.LIST + "/" + id, Flash.success(Flash.UPDATED));
    } catch (InvalidValueException | DuplicateClientNameException e) {
      var errors = ClientForm.errorsOf(e);
      return show(HttpStatus.UNPROCESSABLE_ENTITY, request, id, form, errors, null);
    } catch (StaleAggregateException e) {
      var stored = getClient.get(new GetClientQuery(actor, clientId));
      var again = form.basedOn(stored.version());
      var differences = form.differencesFrom(stored);
      return show(HttpStatus.CONFLICT, request, id, again, FieldErrors.none(), differences);
    }
  }

  private HttpResponse<?> show(
      HttpStatus status,
      HttpRequest<?> request,
      UUID id,
      ClientForm form,
      FieldErrors errors,
      @Nullable List<ChangedField> conflicts) {
    var page = new ClientFormPage(pages.chrome(request), id.toString(), form, errors, conflicts);
    return pages.render(status, request, ClientFormController.FORM, page);
  }
}
