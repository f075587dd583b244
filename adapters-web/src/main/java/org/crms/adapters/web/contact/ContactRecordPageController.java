package org.crms.adapters.web.contact;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.UUID;
import org.crms.adapters.web.audit.HistoryLine;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.application.port.in.audit.AuditPosition;
import org.crms.application.port.in.audit.GetItemHistoryQuery;
import org.crms.application.port.in.audit.GetItemHistoryUseCase;
import org.crms.application.port.in.audit.ItemNotFoundException;
import org.crms.application.port.in.contact.GetContactRecordQuery;
import org.crms.application.port.in.contact.GetContactRecordUseCase;
import org.crms.application.port.in.contact.ListContactRecordsUseCase;
import org.crms.domain.audit.ItemType;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.user.Actor;

/**
 * The pages that show contact records: the list, with the API list's filters, search and sorts, and
 * one record with its history. Forms are in {@link ContactRecordFormController} and {@link
 * ContactRecordEditController}.
 */
@Controller(ContactRecordListPage.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class ContactRecordPageController {
  private final Pages pages;
  private final ListContactRecordsUseCase listRecords;
  private final GetContactRecordUseCase getRecord;
  private final GetItemHistoryUseCase history;

  ContactRecordPageController(
      Pages pages,
      ListContactRecordsUseCase listRecords,
      GetContactRecordUseCase getRecord,
      GetItemHistoryUseCase history) {
    this.pages = pages;
    this.listRecords = listRecords;
    this.getRecord = getRecord;
    this.history = history;
  }

  @Get
  HttpResponse<?> list(
      HttpRequest<?> request,
      @RequestBean ContactRecordListParameters parameters,
      Authentication authentication) {
    var found = listRecords.list(parameters.query(Actors.from(authentication)));
    var page = ContactRecordListPage.of(pages.chrome(request), parameters, found);
    return pages.ok(request, "contact/list.jte", page);
  }

  @Get("/{id}")
  HttpResponse<?> show(UUID id, HttpRequest<?> request, Authentication authentication) {
    var actor = Actors.from(authentication);
    var record = getRecord.get(new GetContactRecordQuery(actor, new ContactRecordId(id)));
    var events = historyOf(actor, id);
    var page =
        new ContactRecordDetailPage(
            pages.chrome(request),
            ContactRecordView.of(record, events.items()),
            events.items().stream().map(HistoryLine::from).toList(),
            events.next() != null);
    return pages.ok(request, "contact/detail.jte", page);
  }

  /** The latest events; none when the trail knows nothing of a record that exists all the same. */
  private Page<AuditEntry, AuditPosition> historyOf(Actor actor, UUID id) {
    var query =
        new GetItemHistoryQuery(
            actor, ItemType.CONTACT_RECORD, id, PageLimit.orDefault(null), null);
    try {
      return history.history(query);
    } catch (ItemNotFoundException e) {
      return new Page<>(List.of(), null);
    }
  }
}
