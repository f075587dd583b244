package org.crms.application.port.in.contact;

import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.shared.NotFoundException;

/** No live contact record has that id (it may never have existed, or be in the trash). */
public final class ContactRecordNotFoundException extends NotFoundException {
  public ContactRecordNotFoundException(ContactRecordId id) {
    super("Contact record " + id + " was not found.");
  }
}
