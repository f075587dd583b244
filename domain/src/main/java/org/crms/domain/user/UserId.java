package org.crms.domain.user;

import java.util.Objects;
import java.util.UUID;

/** Identity of a user account. */
public record UserId(UUID value) {
  public UserId {
    Objects.requireNonNull(value, "userId");
  }

  public static UserId newId() {
    return new UserId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
