package org.crms.adapters.web.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.CsvExports;
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
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.CONTACT_RECORDS)
final class ContactRecordController {
  static final String PATH = "/api/v1/contact-records";

  private final ListContactRecordsUseCase listRecords;
  private final GetContactRecordUseCase getRecord;
  private final LogContactUseCase logContact;
  private final UpdateContactRecordUseCase updateRecord;
  private final CsvExports csvExports;

  ContactRecordController(
      ListContactRecordsUseCase listRecords,
      GetContactRecordUseCase getRecord,
      LogContactUseCase logContact,
      UpdateContactRecordUseCase updateRecord,
      CsvExports csvExports) {
    this.listRecords = listRecords;
    this.getRecord = getRecord;
    this.logContact = logContact;
    this.updateRecord = updateRecord;
    this.csvExports = csvExports;
  }

  /**
   * Lists live contact records a page at a time, by default latest contact first; or all of them as
   * CSV.
   *
   * @param request the request, whose {@code Accept} header may ask for CSV
   * @param parameters the filters, the sort, the page size, the cursor of the next page and the
   *     format
   * @param authentication the caller
   */
  @Get(produces = {MediaType.APPLICATION_JSON, CsvExports.TEXT_CSV})
  @ApiDocs.Lists
  @ApiResponse(
      responseCode = "200",
      description = ApiDocs.LIST_OR_CSV,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ContactRecordPage")),
        @Content(mediaType = CsvExports.TEXT_CSV, schema = @Schema(type = "string"))
      })
  HttpResponse<?> listContactRecords(
      HttpRequest<?> request,
      @RequestBean ContactRecordListParameters parameters,
      Authentication authentication) {
    var actor = Actors.from(authentication);
    if (CsvExports.requested(request, parameters.format())) {
      var pages = parameters.exportPages(actor).andThen(listRecords::list);
      return csvExports.stream("contact-records.csv", ContactRecordCsv.COLUMNS, pages);
    }
    var page = listRecords.list(parameters.query(actor));
    return HttpResponse.ok(
        PageResponse.of(page, ContactRecordResponse::from, ContactRecordCursor::encode));
  }

  /**
   * Reads one live contact record, with its version as {@code ETag}.
   *
   * @param id the record's id
   * @param authentication the caller
   */
  @Get("/{id}")
  @ApiDocs.Reads
  HttpResponse<ContactRecordResponse> getContactRecord(UUID id, Authentication authentication) {
    var query = new GetContactRecordQuery(Actors.from(authentication), new ContactRecordId(id));
    return ContactRecordResponse.tagged(getRecord.get(query));
  }

  /**
   * Logs a contact by the caller, made now unless {@code contactedAt} says when (never in the
   * future).
   *
   * @param payload the contact's fields
   * @param authentication the caller
   */
  @Post
  @Status(HttpStatus.CREATED)
  @ApiDocs.Creates
  HttpResponse<ContactRecordResponse> logContact(
      @Body ContactRecordPayload payload, Authentication authentication) {
    var command = new LogContactCommand(Actors.from(authentication), payload.input());
    var record = logContact.log(command);
    var location = URI.create(PATH + "/" + record.id());
    return EntityTags.tagged(
        HttpResponse.created(ContactRecordResponse.from(record), location), record.version());
  }

  /**
   * Replaces every editable field of a contact record, stamped with the caller as its editor.
   *
   * @param id the record's id
   * @param ifMatch the {@code ETag} of the version the change is based on; required
   * @param payload the record's new fields, all of them
   * @param authentication the caller
   */
  @Put("/{id}")
  @ApiDocs.Replaces
  HttpResponse<ContactRecordResponse> updateContactRecord(
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
