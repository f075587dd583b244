package org.crms.adapters.web.request;

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
import io.micronaut.http.annotation.QueryValue;
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
import org.crms.application.port.in.request.OpenRequestCommand;
import org.crms.application.port.in.request.OpenRequestUseCase;
import org.crms.domain.shared.InvalidValueException;

/**
 * The form that opens a request. An empty due date is left to the domain, which takes the request
 * type's target; a refused form comes back with its errors next to the fields, as typed.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class RequestFormController {
  static final String TEMPLATE = "request/form.jte";

  private final Pages pages;
  private final OpenRequestUseCase openRequest;
  private final RequestFormPages forms;

  RequestFormController(Pages pages, OpenRequestUseCase openRequest, RequestFormPages forms) {
    this.pages = pages;
    this.openRequest = openRequest;
    this.forms = forms;
  }

  /**
   * @param clientId the client to preselect, e.g. when coming from a client's page
   */
  @Get("/requests/new")
  HttpResponse<?> newRequest(
      @QueryValue @Nullable String clientId,
      HttpRequest<?> request,
      Authentication authentication) {
    var actor = Actors.from(authentication);
    var page =
        forms.creating(
            pages.chrome(request), actor, RequestForm.blank(clientId), FieldErrors.none());
    return pages.ok(request, TEMPLATE, page);
  }

  @Post("/requests")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> open(
      @Body RequestForm form, HttpRequest<?> request, Authentication authentication) {
    var actor = Actors.from(authentication);
    try {
      var parsed = form.payload().parse();
      var opened =
          openRequest.open(new OpenRequestCommand(actor, parsed.details(), parsed.owner()));
      return pages.seeOther("/requests/" + opened.id().value(), Flash.success(Flash.ADDED));
    } catch (InvalidValueException e) {
      var page = forms.creating(pages.chrome(request), actor, form, FieldErrors.of(e));
      return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, TEMPLATE, page);
    }
  }
}
