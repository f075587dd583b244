package org.crms.application.port.in.client;

import java.util.Objects;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.client.ClientId;
import org.crms.domain.user.Actor;

/**
 * Input of {@link UpdateClientUseCase}.
 *
 * @param expectedVersion the version the caller read and based the change on
 */
public record UpdateClientCommand(
    Actor actor, ClientId clientId, long expectedVersion, ClientDetails details) {
  public UpdateClientCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(details, "details");
  }
}
