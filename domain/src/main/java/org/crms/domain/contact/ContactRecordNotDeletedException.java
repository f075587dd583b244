package org.crms.domain.contact;

import org.crms.domain.shared.ConflictException;

/** Only a contact record in the trash can be restored. */
public final class ContactRecordNotDeletedException extends ConflictException {
  public ContactRecordNotDeletedException(ContactRecordId id) {
    super("Contact record " + id + " is not in the trash.");
  }
}
