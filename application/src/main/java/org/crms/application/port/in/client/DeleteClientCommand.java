package org.crms.application.port.in.client;

import java.util.Objects;
import org.crms.domain.client.ClientId;
import org.crms.domain.user.Actor;

/** Input of {@link DeleteClientUseCase}. */
public record DeleteClientCommand(Actor actor, ClientId clientId) {
  public DeleteClientCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(clientId, "clientId");
  }
}
