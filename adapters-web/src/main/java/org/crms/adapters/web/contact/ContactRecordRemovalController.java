package org.crms.adapters.web.contact;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.contact.DeleteContactRecordCommand;
import org.crms.application.port.in.contact.DeleteContactRecordUseCase;
import org.crms.application.port.in.contact.RestoreContactRecordCommand;
import org.crms.application.port.in.contact.RestoreContactRecordUseCase;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.shared.ConflictException;

/**
 * The buttons that move a contact record to the trash and back. Only admins see them; whether the
 * actor may is still the domain's decision (a refusal shows the 403 page).
 */
@Controller(ContactRecordListPage.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Hidden
final class ContactRecordRemovalController {
  private final Pages pages;
  private final DeleteContactRecordUseCase deleteRecord;
  private final RestoreContactRecordUseCase restoreRecord;

  ContactRecordRemovalController(
      Pages pages,
      DeleteContactRecordUseCase deleteRecord,
      RestoreContactRecordUseCase restoreRecord) {
    this.pages = pages;
    this.deleteRecord = deleteRecord;
    this.restoreRecord = restoreRecord;
  }

  @Post("/{id}/delete")
  HttpResponse<?> delete(UUID id, Authentication authentication) {
    deleteRecord.delete(
        new DeleteContactRecordCommand(Actors.from(authentication), new ContactRecordId(id)));
    return pages.seeOther(ContactRecordListPage.PATH, Flash.success(Flash.DELETED));
  }

  @Post("/{id}/restore")
  HttpResponse<?> restore(UUID id, Authentication authentication) {
    var back = ContactRecordListPage.PATH + "/" + id;
    try {
      restoreRecord.restore(
          new RestoreContactRecordCommand(Actors.from(authentication), new ContactRecordId(id)));
      return pages.seeOther(back, Flash.success(Flash.RESTORED));
    } catch (ConflictException e) {
      return pages.seeOther(back, Flash.error(e.getMessage()));
    }
  }
}
