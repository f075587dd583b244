package org.crms.application.port.in.request;

import java.util.Objects;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.user.Actor;

/** Input of {@link DeleteRequestUseCase}. */
public record DeleteRequestCommand(Actor actor, ClientRequestId requestId) {
  public DeleteRequestCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(requestId, "requestId");
  }
}
