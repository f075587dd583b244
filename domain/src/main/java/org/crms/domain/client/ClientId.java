package org.crms.domain.client;

import java.util.Objects;
import java.util.UUID;

/** Identity of a client. */
public record ClientId(UUID value) {
  public ClientId {
    Objects.requireNonNull(value, "clientId");
  }

  public static ClientId newId() {
    return new ClientId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
