package org.crms.domain.requesttype;

import java.util.Objects;
import java.util.UUID;

/** Identity of a request type. */
public record RequestTypeId(UUID value) {
  public RequestTypeId {
    Objects.requireNonNull(value, "requestTypeId");
  }

  public static RequestTypeId newId() {
    return new RequestTypeId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
