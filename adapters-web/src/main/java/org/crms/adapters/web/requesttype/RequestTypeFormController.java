package org.crms.adapters.web.requesttype;

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
import org.crms.application.port.in.requesttype.DefineRequestTypeCommand;
import org.crms.application.port.in.requesttype.DefineRequestTypeUseCase;
import org.crms.domain.requesttype.DuplicateRequestTypeNameException;
import org.crms.domain.shared.InvalidValueException;

/**
 * The new-request-type form. A refused form comes back with the domain's messages next to its
 * fields (422) and the values as typed; edits are in {@link RequestTypeEditController}.
 */
@Controller(RequestTypePageController.LIST)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class RequestTypeFormController {
  static final String FORM = "requesttype/form.jte";

  private final Pages pages;
  private final DefineRequestTypeUseCase defineType;

  RequestTypeFormController(Pages pages, DefineRequestTypeUseCase defineType) {
    this.pages = pages;
    this.defineType = defineType;
  }

  @Get("/new")
  HttpResponse<?> newForm(HttpRequest<?> request) {
    return show(HttpStatus.OK, request, RequestTypeForm.blank(), FieldErrors.none());
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> create(
      @Body @Nullable RequestTypeForm submitted,
      HttpRequest<?> request,
      Authentication authentication) {
    var form = submitted == null ? RequestTypeForm.blank() : submitted;
    try {
      var command = new DefineRequestTypeCommand(Actors.from(authentication), form.details());
      var type = defineType.define(command);
      return pages.seeOther(
          RequestTypePageController.LIST + "/" + type.id(), Flash.success(Flash.ADDED));
    } catch (InvalidValueException | DuplicateRequestTypeNameException e) {
      return show(HttpStatus.UNPROCESSABLE_ENTITY, request, form, RequestTypeForm.errorsOf(e));
    }
  }

  private HttpResponse<?> show(
      HttpStatus status, HttpRequest<?> request, RequestTypeForm form, FieldErrors errors) {
    var page = new RequestTypeFormPage(pages.chrome(request), null, form, errors, null);
    return pages.render(status, request, FORM, page);
  }
}
