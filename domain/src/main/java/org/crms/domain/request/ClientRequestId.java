package org.crms.domain.request;

import java.util.Objects;
import java.util.UUID;

/** Identity of a client request. */
public record ClientRequestId(UUID value) {
  public ClientRequestId {
    Objects.requireNonNull(value, "requestId");
  }

  public static ClientRequestId newId() {
    return new ClientRequestId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
