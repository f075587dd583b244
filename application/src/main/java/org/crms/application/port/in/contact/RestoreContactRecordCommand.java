package org.crms.application.port.in.contact;

import java.util.Objects;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.user.Actor;

/** Input of {@link RestoreContactRecordUseCase}. */
public record RestoreContactRecordCommand(Actor actor, ContactRecordId recordId) {
  public RestoreContactRecordCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(recordId, "recordId");
  }
}
