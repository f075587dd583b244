package org.crms.domain.user;

import java.util.Objects;

/** A password as stored: an encoded adaptive hash, never the password itself. Never printed. */
public record PasswordHash(String encoded) {
  public PasswordHash {
    Objects.requireNonNull(encoded, "passwordHash");
    if (encoded.isBlank()) {
      throw new IllegalArgumentException("a password hash cannot be blank");
    }
  }

  @Override
  public String toString() {
    return "PasswordHash[***]";
  }
}
