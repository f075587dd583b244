package org.crms.application.port.in.contact;

import java.util.Objects;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.user.Actor;

/**
 * Input of {@link UpdateContactRecordUseCase}: the whole new state of the editable fields.
 *
 * @param expectedVersion the version the caller read and based the change on
 */
public record UpdateContactRecordCommand(
    Actor actor, ContactRecordId recordId, long expectedVersion, ContactRecordInput input) {
  public UpdateContactRecordCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(input, "input");
  }
}
