package org.crms.application.port.in.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What a user may see of one of their personal tokens: everything but the secret and its hash. */
public record PersonalToken(UUID id, String name, Instant issuedAt, Instant expiresAt) {
  public PersonalToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
