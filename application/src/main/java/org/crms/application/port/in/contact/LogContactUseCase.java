package org.crms.application.port.in.contact;

import org.crms.domain.contact.ContactRecord;

/** Use case: record a contact made with a person, created and last updated by the actor. */
public interface LogContactUseCase {
  /**
   * Logs the contact; when the input does not say when it happened, it happened now.
   *
   * @return the record as stored
   * @throws org.crms.domain.shared.InvalidValueException naming every invalid field: a missing or
   *     too long text, a contact in the future, an "Awaiting response" without a follow-up date, or
   *     a {@code requestId} that names no live client request
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  ContactRecord log(LogContactCommand command);
}
