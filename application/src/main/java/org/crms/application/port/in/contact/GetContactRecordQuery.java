package org.crms.application.port.in.contact;

import java.util.Objects;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.user.Actor;

/** Input of {@link GetContactRecordUseCase}. */
public record GetContactRecordQuery(Actor actor, ContactRecordId recordId) {
  public GetContactRecordQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(recordId, "recordId");
  }
}
