package org.crms.adapters.web.contact;

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
import org.crms.application.port.in.contact.GetContactRecordQuery;
import org.crms.application.port.in.contact.GetContactRecordUseCase;
import org.crms.application.port.in.contact.UpdateContactRecordCommand;
import org.crms.application.port.in.contact.UpdateContactRecordUseCase;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;

/**
 * Editing a contact record: the filled-in form and its submission, based on the version read. A
 * change overtaken by someone else's is never saved over it: the form comes back (409) showing
 * both.
 */
@Controller(ContactRecordListPage.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class ContactRecordEditController {
  private final Pages pages;
  private final GetContactRecordUseCase getRecord;
  private final UpdateContactRecordUseCase updateRecord;

  ContactRecordEditController(
      Pages pages, GetContactRecordUseCase getRecord, UpdateContactRecordUseCase updateRecord) {
    this.pages = pages;
    this.getRecord = getRecord;
    this.updateRecord = updateRecord;
  }

  @Get("/{id}/edit")
  HttpResponse<?> editForm(UUID id, HttpRequest<?> request, Authentication authentication) {
    var record =
        getRecord.get(new GetContactRecordQuery(Actors.from(authentication), recordId(id)));
    var form = ContactRecordForm.of(record);
    var page =
        ContactRecordFormPage.editing(
            pages.chrome(request), id.toString(), form, FieldErrors.none());
    return pages.ok(request, ContactRecordFormController.TEMPLATE, page);
  }

  @Post("/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> update(
      UUID id,
      @Body ContactRecordForm form,
      HttpRequest<?> request,
      Authentication authentication) {
    var actor = Actors.from(authentication);
    var version = form.expectedVersion();
    try {
      var command = new UpdateContactRecordCommand(actor, recordId(id), version, form.input());
      updateRecord.update(command);
      return pages.seeOther(ContactRecordListPage.PATH + "/" + id, Flash.success(Flash.UPDATED));
    } catch (InvalidValueException e) {
      var page =
          ContactRecordFormPage.editing(
              pages.chrome(request), id.toString(), form, FieldErrors.of(e));
      return pages.render(
          HttpStatus.UNPROCESSABLE_ENTITY, request, ContactRecordFormController.TEMPLATE, page);
    } catch (StaleAggregateException e) {
      return conflict(id, form, actor, request);
    }
  }

  /** The form again, with the person's values over the stored version, and what differs. */
  private HttpResponse<?> conflict(
      UUID id, ContactRecordForm yours, Actor actor, HttpRequest<?> request) {
    var stored = getRecord.get(new GetContactRecordQuery(actor, recordId(id)));
    var page =
        new ContactRecordFormPage(
            pages.chrome(request),
            id.toString(),
            yours.basedOn(stored.version()),
            FieldErrors.none(),
            true,
            ContactConflicts.between(ContactRecordForm.of(stored), yours));
    return pages.render(HttpStatus.CONFLICT, request, ContactRecordFormController.TEMPLATE, page);
  }

  private static ContactRecordId recordId(UUID id) {
    return new ContactRecordId(id);
  }
}
