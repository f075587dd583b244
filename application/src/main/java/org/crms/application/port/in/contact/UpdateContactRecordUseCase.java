package org.crms.application.port.in.contact;

import org.crms.domain.contact.ContactRecord;

/**
 * Use case: change a contact record, provided nobody changed it since the caller read it. The actor
 * becomes the one who last updated it.
 */
public interface UpdateContactRecordUseCase {
  /**
   * Replaces the editable fields; the contact time is required here. A {@code requestId} is checked
   * to name a live client request only when it changes, so that a record about a request that was
   * trashed later can still be edited.
   *
   * @return the record as stored, unchanged (same version) when no field changed
   * @throws ContactRecordNotFoundException if no live record has that id
   * @throws org.crms.domain.shared.StaleAggregateException if its version is not the expected one
   * @throws org.crms.domain.shared.InvalidValueException naming every invalid field
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  ContactRecord update(UpdateContactRecordCommand command);
}
