package org.crms.application.port.in.contact;

import java.util.Objects;
import org.crms.domain.user.Actor;

/** Input of {@link LogContactUseCase}. */
public record LogContactCommand(Actor actor, ContactRecordInput input) {
  public LogContactCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(input, "input");
  }
}
