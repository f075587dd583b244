package org.crms.application.port.in.contact;

import java.util.Objects;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.user.Actor;

/** Input of {@link DeleteContactRecordUseCase}. */
public record DeleteContactRecordCommand(Actor actor, ContactRecordId recordId) {
  public DeleteContactRecordCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(recordId, "recordId");
  }
}
