package org.crms.application.port.in.client;

import java.util.Objects;
import org.crms.domain.client.ClientId;
import org.crms.domain.user.Actor;

/** Input of {@link RestoreClientUseCase}. */
public record RestoreClientCommand(Actor actor, ClientId clientId) {
  public RestoreClientCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(clientId, "clientId");
  }
}
