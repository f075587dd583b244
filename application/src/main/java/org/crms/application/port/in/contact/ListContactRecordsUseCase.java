package org.crms.application.port.in.contact;

import org.crms.application.port.in.Page;
import org.crms.domain.contact.ContactRecord;

/** Use case: page through live contact records, filtered and sorted. */
public interface ListContactRecordsUseCase {
  /**
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not view records
   */
  Page<ContactRecord, ContactRecordPosition> list(ListContactRecordsQuery query);
}
