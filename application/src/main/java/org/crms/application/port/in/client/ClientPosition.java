package org.crms.application.port.in.client;

import java.util.Objects;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientId;

/**
 * A place in the client list's order (name regardless of case, then id): the last item of a page.
 * It keeps the name as stored, so that each repository compares it in its own notion of lower case,
 * the one its order uses.
 */
public record ClientPosition(String name, ClientId id) {
  public ClientPosition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
  }

  public static ClientPosition of(Client client) {
    return new ClientPosition(client.name().value(), client.id());
  }
}
