package org.crms.application.port.in.contact;

import org.crms.domain.contact.ContactRecord;

/** Use case: bring a contact record back from the trash (admins only). */
public interface RestoreContactRecordUseCase {
  /**
   * @return the record as stored
   * @throws ContactRecordNotFoundException if no record has that id
   * @throws org.crms.domain.contact.ContactRecordNotDeletedException if it is not in the trash
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   */
  ContactRecord restore(RestoreContactRecordCommand command);
}
