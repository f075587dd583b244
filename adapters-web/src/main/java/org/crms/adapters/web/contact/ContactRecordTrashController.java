package org.crms.adapters.web.contact;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.contact.DeleteContactRecordCommand;
import org.crms.application.port.in.contact.DeleteContactRecordUseCase;
import org.crms.application.port.in.contact.RestoreContactRecordCommand;
import org.crms.application.port.in.contact.RestoreContactRecordUseCase;
import org.crms.domain.contact.ContactRecordId;

/**
 * Moves contact records to the trash and back, under the contact record resource's path. Whether
 * the actor may (admins only) is decided by the domain.
 */
@Controller(ContactRecordController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.CONTACT_RECORDS)
final class ContactRecordTrashController {
  private final DeleteContactRecordUseCase deleteRecord;
  private final RestoreContactRecordUseCase restoreRecord;

  ContactRecordTrashController(
      DeleteContactRecordUseCase deleteRecord, RestoreContactRecordUseCase restoreRecord) {
    this.deleteRecord = deleteRecord;
    this.restoreRecord = restoreRecord;
  }

  /**
   * Moves a live contact record to the trash (admins only); it leaves every list.
   *
   * @param id the record's id
   * @param authentication the caller
   */
  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  @ApiDocs.Trashes
  HttpResponse<Void> deleteContactRecord(UUID id, Authentication authentication) {
    deleteRecord.delete(
        new DeleteContactRecordCommand(Actors.from(authentication), new ContactRecordId(id)));
    return HttpResponse.noContent();
  }

  /**
   * Brings a contact record back from the trash (admins only).
   *
   * @param id the record's id
   * @param authentication the caller
   */
  @Post("/{id}/restore")
  @ApiDocs.Restores
  HttpResponse<ContactRecordResponse> restoreContactRecord(UUID id, Authentication authentication) {
    var command =
        new RestoreContactRecordCommand(Actors.from(authentication), new ContactRecordId(id));
    return ContactRecordResponse.tagged(restoreRecord.restore(command));
  }
}
