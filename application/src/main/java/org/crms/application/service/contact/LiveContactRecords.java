package org.crms.application.service.contact;

import org.crms.application.port.in.contact.ContactRecordNotFoundException;
import org.crms.application.port.out.ContactRecordRepository;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.contact.ContactRecordId;

/** Loading a contact record that is not in the trash, shared by the contact use cases. */
final class LiveContactRecords {
  private LiveContactRecords() {}

  static ContactRecord require(ContactRecordRepository records, ContactRecordId id) {
    return records
        .findById(id)
        .filter(r -> !r.isDeleted())
        .orElseThrow(() -> new ContactRecordNotFoundException(id));
  }
}
