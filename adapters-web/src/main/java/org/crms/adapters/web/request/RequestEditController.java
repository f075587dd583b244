package org.crms.adapters.web.request;

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
import java.util.UUID;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.request.GetRequestQuery;
import org.crms.application.port.in.request.GetRequestUseCase;
import org.crms.application.port.in.request.UpdateRequestCommand;
import org.crms.application.port.in.request.UpdateRequestUseCase;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.StaleAggregateException;

/**
 * The form that edits a request, based on the version it was loaded at. If someone else changed the
 * request meanwhile it comes back (409) with what differs, the user's values kept and the stored
 * version set, so that sending it again applies them deliberately: never a silent overwrite.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class RequestEditController {
  private final Pages pages;
  private final GetRequestUseCase getRequest;
  private final UpdateRequestUseCase updateRequest;
  private final RequestFormPages forms;

  RequestEditController(
      Pages pages,
      GetRequestUseCase getRequest,
      UpdateRequestUseCase updateRequest,
      RequestFormPages forms) {
    this.pages = pages;
    this.getRequest = getRequest;
    this.updateRequest = updateRequest;
    this.forms = forms;
  }

  @Get("/requests/{id}/edit")
  HttpResponse<?> edit(UUID id, HttpRequest<?> request, Authentication authentication) {
    var actor = Actors.from(authentication);
    var stored = getRequest.get(new GetRequestQuery(actor, new ClientRequestId(id)));
    var page =
        forms.editing(
            pages.chrome(request),
            actor,
            id.toString(),
            RequestForm.of(stored),
            FieldErrors.none());
    return pages.ok(request, RequestFormController.TEMPLATE, page);
  }

  @Post("/requests/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> update(
      UUID id, @Body RequestForm form, HttpRequest<?> request, Authentication authentication) {
    var actor = Actors.from(authentication);
    var requestId = new ClientRequestId(id);
    try {
      var parsed = form.payload().parse();
      updateRequest.update(
          new UpdateRequestCommand(
              actor, requestId, form.expectedVersion(), parsed.details(), parsed.owner()));
      return pages.seeOther("/requests/" + id, Flash.success(Flash.UPDATED));
    } catch (InvalidValueException e) {
      var page =
          forms.editing(pages.chrome(request), actor, id.toString(), form, FieldErrors.of(e));
      return pages.render(
          HttpStatus.UNPROCESSABLE_ENTITY, request, RequestFormController.TEMPLATE, page);
    } catch (StaleAggregateException e) {
      var stored = getRequest.get(new GetRequestQuery(actor, requestId));
      var page = forms.conflict(pages.chrome(request), actor, form, stored);
      return pages.render(HttpStatus.CONFLICT, request, RequestFormController.TEMPLATE, page);
    }
  }
}
