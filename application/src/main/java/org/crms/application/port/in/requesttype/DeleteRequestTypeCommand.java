package org.crms.application.port.in.requesttype;

import java.util.Objects;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Actor;

/** Input of {@link DeleteRequestTypeUseCase}. */
public record DeleteRequestTypeCommand(Actor actor, RequestTypeId typeId) {
  public DeleteRequestTypeCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(typeId, "typeId");
  }
}
