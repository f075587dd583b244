package org.crms.application.port.in.contact;

import org.crms.domain.contact.ContactRecord;

/** Use case: read one live contact record. */
public interface GetContactRecordUseCase {
  /**
   * @throws ContactRecordNotFoundException if no live record has that id
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not view records
   */
  ContactRecord get(GetContactRecordQuery query);
}
