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
import java.util.List;
import java.util.UUID;
import org.crms.adapters.web.client.ChangedField;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.requesttype.GetRequestTypeQuery;
import org.crms.application.port.in.requesttype.GetRequestTypeUseCase;
import org.crms.application.port.in.requesttype.UpdateRequestTypeCommand;
import org.crms.application.port.in.requesttype.UpdateRequestTypeUseCase;
import org.crms.domain.requesttype.DuplicateRequestTypeNameException;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.StaleAggregateException;

/**
 * The edit-request-type form. A refused form comes back with the domain's messages next to its
 * fields (422); an edit based on a version someone else has changed since comes back with what
 * differs (409) and the stored version, so that nothing is overwritten unseen.
 */
@Controller(RequestTypePageController.LIST)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class RequestTypeEditController {
  private final Pages pages;
  private final GetRequestTypeUseCase getType;
  private final UpdateRequestTypeUseCase updateType;

  RequestTypeEditController(
      Pages pages, GetRequestTypeUseCase getType, UpdateRequestTypeUseCase updateType) {
    this.pages = pages;
    this.getType = getType;
    this.updateType = updateType;
  }

  @Get("/{id}/edit")
  HttpResponse<?> editForm(UUID id, HttpRequest<?> request, Authentication authentication) {
    var type =
        getType.get(new GetRequestTypeQuery(Actors.from(authentication), new RequestTypeId(id)));
    return show(HttpStatus.OK, request, id, RequestTypeForm.of(type), FieldErrors.none(), null);
  }

  @Post("/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> update(
      UUID id,
      @Body @Nullable RequestTypeForm submitted,
      HttpRequest<?> request,
      Authentication authentication) {
    var form = submitted == null ? RequestTypeForm.blank() : submitted;
    var actor = Actors.from(authentication);
    var typeId = new RequestTypeId(id);
    try {
      updateType.update(
          new UpdateRequestTypeCommand(actor, typeId, form.expectedVersion(), form.details()));
      return pages.seeOther(
          RequestTypePageController.LIST + "/" + id, Flash.success(Flash.UPDATED));
    } catch (InvalidValueException | DuplicateRequestTypeNameException e) {
      var errors = RequestTypeForm.errorsOf(e);
      return show(HttpStatus.UNPROCESSABLE_ENTITY, request, id, form, errors, null);
    } catch (StaleAggregateException e) {
      var stored = getType.get(new GetRequestTypeQuery(actor, typeId));
      var again = form.basedOn(stored.version());
      var differences = form.differencesFrom(stored);
      return show(HttpStatus.CONFLICT, request, id, again, FieldErrors.none(), differences);
    }
  }

  private HttpResponse<?> show(
      HttpStatus status,
      HttpRequest<?> request,
      UUID id,
      RequestTypeForm form,
      FieldErrors errors,
      @Nullable List<ChangedField> conflicts) {
    var page =
        new RequestTypeFormPage(pages.chrome(request), id.toString(), form, errors, conflicts);
    return pages.render(status, request, RequestTypeFormController.FORM, page);
  }
}
