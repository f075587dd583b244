package org.crms.application.port.in.client;

import java.util.Objects;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientId;

/** A place in the client list's order (name regardless of case, then id): the last item of a page. */
public record ClientPosition(String canonicalName, ClientId id) {
  public ClientPosition {
    Objects.requireNonNull(canonicalName, "canonicalName");
    Objects.requireNonNull(id, "id");
  }

  public static ClientPosition of(Client client) {
    return new ClientPosition(client.name().canonical(), client.id());
  }
}
