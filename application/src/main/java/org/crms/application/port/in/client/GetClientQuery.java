package org.crms.application.port.in.client;

import java.util.Objects;
import org.crms.domain.client.ClientId;
import org.crms.domain.user.Actor;

/** Input of {@link GetClientUseCase}. */
public record GetClientQuery(Actor actor, ClientId clientId) {
  public GetClientQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(clientId, "clientId");
  }
}
