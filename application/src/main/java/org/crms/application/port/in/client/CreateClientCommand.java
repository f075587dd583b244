package org.crms.application.port.in.client;

import java.util.Objects;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.user.Actor;

/** Input of {@link CreateClientUseCase}. */
public record CreateClientCommand(Actor actor, ClientDetails details) {
  public CreateClientCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(details, "details");
  }
}
