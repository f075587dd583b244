package org.crms.adapters.web.contact;

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
import org.crms.application.port.in.contact.LogContactCommand;
import org.crms.application.port.in.contact.LogContactUseCase;
import org.crms.application.port.in.request.GetRequestQuery;
import org.crms.application.port.in.request.GetRequestUseCase;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.InvalidValueException;

/**
 * Logging a contact: the empty form, about a request when opened from one, and its submission. When
 * the contact happened, what it needs and what it may not be, the domain decides.
 */
@Controller(ContactRecordListPage.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class ContactRecordFormController {
  static final String TEMPLATE = "contact/form.jte";

  private final Pages pages;
  private final GetRequestUseCase getRequest;
  private final LogContactUseCase logContact;

  ContactRecordFormController(
      Pages pages, GetRequestUseCase getRequest, LogContactUseCase logContact) {
    this.pages = pages;
    this.getRequest = getRequest;
    this.logContact = logContact;
  }

  /**
   * @param requestId the request the contact is about, preselected; its title is shown
   */
  @Get("/new")
  HttpResponse<?> newForm(
      @QueryValue @Nullable String requestId,
      HttpRequest<?> request,
      Authentication authentication) {
    var about = QueryValues.uuid("requestId", requestId);
    var title =
        about == null
            ? null
            : getRequest
                .get(new GetRequestQuery(Actors.from(authentication), new ClientRequestId(about)))
                .details()
                .title();
    var form = ContactRecordForm.blank(about, title);
    var page = ContactRecordFormPage.logging(pages.chrome(request), form, FieldErrors.none());
    return pages.ok(request, TEMPLATE, page);
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> log(
      @Body ContactRecordForm form, HttpRequest<?> request, Authentication authentication) {
    try {
      var command = new LogContactCommand(Actors.from(authentication), form.input());
      var record = logContact.log(command);
      return pages.seeOther(next(form, record), Flash.success(Flash.ADDED));
    } catch (InvalidValueException e) {
      var page = ContactRecordFormPage.logging(pages.chrome(request), form, FieldErrors.of(e));
      return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, TEMPLATE, page);
    }
  }

  /** Back to the request the form was opened from, else to the new record. */
  private static String next(ContactRecordForm form, ContactRecord record) {
    var request = record.details().clientRequest();
    if (form.requestGiven() && request.isPresent()) {
      return "/requests/" + request.get();
    }
    return ContactRecordListPage.PATH + "/" + record.id().value();
  }
}
