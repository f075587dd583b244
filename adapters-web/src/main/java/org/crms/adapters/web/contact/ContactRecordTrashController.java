package org.crms.adapters.web.contact;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.UUID;
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
final class ContactRecordTrashController {
  private final DeleteContactRecordUseCase deleteRecord;
  private final RestoreContactRecordUseCase restoreRecord;

  ContactRecordTrashController(
      DeleteContactRecordUseCase deleteRecord, RestoreContactRecordUseCase restoreRecord) {
    this.deleteRecord = deleteRecord;
    this.restoreRecord = restoreRecord;
  }

  /**
   * Moves a live contact record to the trash (admins only); answers 204.
   *
   * @param id the record's id
   * @param authentication the caller
   */
  @Delete("/{id}")
  HttpResponse<Void> delete(UUID id, Authentication authentication) {
    deleteRecord.delete(
        new DeleteContactRecordCommand(Actors.from(authentication), new ContactRecordId(id)));
    return HttpResponse.noContent();
  }

  /**
   * Brings a contact record back from the trash (admins only); 409 when it is not in the trash.
   *
   * @param id the record's id
   * @param authentication the caller
   */
  @Post("/{id}/restore")
  HttpResponse<ContactRecordResponse> restore(UUID id, Authentication authentication) {
    var command =
        new RestoreContactRecordCommand(Actors.from(authentication), new ContactRecordId(id));
    return ContactRecordResponse.tagged(restoreRecord.restore(command));
  }
}
