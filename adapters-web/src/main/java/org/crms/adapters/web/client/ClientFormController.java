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
import org.crms.adapters.web.page.FieldErrors;
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.client.CreateClientCommand;
import org.crms.application.port.in.client.CreateClientUseCase;
import org.crms.domain.client.DuplicateClientNameException;
import org.crms.domain.shared.InvalidValueException;

/**
 * The new-client form. A refused form comes back with the domain's messages next to its fields
 * (422) and the values as typed; edits are in {@link ClientEditController}.
 */
@Controller(ClientPageController.LIST)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class ClientFormController {
  static final String FORM = "client/form.jte";

  private final Pages pages;
  private final CreateClientUseCase createClient;

  ClientFormController(Pages pages, CreateClientUseCase createClient) {
    this.pages = pages;
    this.createClient = createClient;
  }

  @Get("/new")
  HttpResponse<?> newForm(HttpRequest<?> request) {
    return show(HttpStatus.OK, request, ClientForm.blank(), FieldErrors.none());
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> create(
      @Body @Nullable ClientForm submitted, HttpRequest<?> request, Authentication authentication) {
    var form = submitted == null ? ClientForm.blank() : submitted;
    try {
      var command = new CreateClientCommand(Actors.from(authentication), form.details());
      var client = createClient.create(command);
      return pages.seeOther(
          ClientPageController.LIST + "/" + client.id(), Flash.success(Flash.ADDED));
    } catch (InvalidValueException | DuplicateClientNameException e) {
      return show(HttpStatus.UNPROCESSABLE_ENTITY, request, form, ClientForm.errorsOf(e));
    }
  }

  private HttpResponse<?> show(
      HttpStatus status, HttpRequest<?> request, ClientForm form, FieldErrors errors) {
    var page = new ClientFormPage(pages.chrome(request), null, form, errors, null);
    return pages.render(status, request, FORM, page);
  }
}
