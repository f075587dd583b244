package org.crms.application.port.in.request;

import java.util.Objects;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.user.Actor;

/** Input of {@link RestoreRequestUseCase}. */
public record RestoreRequestCommand(Actor actor, ClientRequestId requestId) {
  public RestoreRequestCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(requestId, "requestId");
  }
}
