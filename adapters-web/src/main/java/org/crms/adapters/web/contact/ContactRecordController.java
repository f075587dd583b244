package org.crms.adapters.web.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.UUID;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.EntityTags;
import org.crms.adapters.web.shared.PageResponse;
import org.crms.application.port.in.contact.GetContactRecordQuery;
import org.crms.application.port.in.contact.GetContactRecordUseCase;
import org.crms.application.port.in.contact.ListContactRecordsUseCase;
import org.crms.application.port.in.contact.LogContactCommand;
import org.crms.application.port.in.contact.LogContactUseCase;
import org.crms.application.port.in.contact.UpdateContactRecordCommand;
import org.crms.application.port.in.contact.UpdateContactRecordUseCase;
import org.crms.domain.contact.ContactRecordId;

/**
 * The contact record resource of the JSON API: list, read, log and update; permissions are the
 * domain's. Deleting and restoring are in {@link ContactRecordTrashController}.
 */
@Controller(ContactRecordController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ContactRecordController {
  static final String PATH = "/api/v1/contact-records";

  private final ListContactRecordsUseCase listRecords;
  private final GetContactRecordUseCase getRecord;
  private final LogContactUseCase logContact;
  private final UpdateContactRecordUseCase updateRecord;

  ContactRecordController(
      ListContactRecordsUseCase listRecords,
      GetContactRecordUseCase getRecord,
      LogContactUseCase logContact,
      UpdateContactRecordUseCase updateRecord) {
    this.listRecords = listRecords;
    this.getRecord = getRecord;
    this.logContact = logContact;
    this.updateRecord = updateRecord;
  }

  /**
   * Lists live contact records a page at a time, by default latest contact first.
   *
   * @param parameters the filters, the sort, the page size and the cursor of the next page
   * @param authentication the caller
   */
  @Get
  PageResponse<ContactRecordResponse> list(
      @RequestBean ContactRecordListParameters parameters, Authentication authentication) {
    var query = parameters.query(Actors.from(authentication));
    return PageResponse.of(
        listRecords.list(query), ContactRecordResponse::from, ContactRecordCursor::encode);
  }

  /**
   * Reads one live contact record, with its version as {@code ETag}.
   *
   * @param id the record's id
   * @param authentication the caller
   */
  @Get("/{id}")
  HttpResponse<ContactRecordResponse> get(UUID id, Authentication authentication) {
    var query = new GetContactRecordQuery(Actors.from(authentication), new ContactRecordId(id));
    return ContactRecordResponse.tagged(getRecord.get(query));
  }

  /**
   * Logs a contact by the caller (made now without {@code contactedAt}); 201 with an {@code ETag}.
   *
   * @param payload the contact's fields
   * @param authentication the caller
   */
  @Post
  HttpResponse<ContactRecordResponse> log(
      @Body ContactRecordPayload payload, Authentication authentication) {
    var command = new LogContactCommand(Actors.from(authentication), payload.input());
    var record = logContact.log(command);
    var location = URI.create(PATH + "/" + record.id());
    return EntityTags.tagged(
        HttpResponse.created(ContactRecordResponse.from(record), location), record.version());
  }

  /**
   * Replaces every editable field of a contact record; 428 without {@code If-Match}, 412 if stale.
   *
   * @param id the record's id
   * @param ifMatch the {@code ETag} of the version the change is based on
   * @param payload the record's new fields, all of them
   * @param authentication the caller
   */
  @Put("/{id}")
  HttpResponse<ContactRecordResponse> update(
      UUID id,
      @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
      @Body ContactRecordPayload payload,
      Authentication authentication) {
    var recordId = new ContactRecordId(id);
    var version = EntityTags.expectedVersion(ifMatch, "Contact record", recordId);
    var actor = Actors.from(authentication);
    var command = new UpdateContactRecordCommand(actor, recordId, version, payload.input());
    return ContactRecordResponse.tagged(updateRecord.update(command));
  }
}
