package org.crms.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.crms.domain.user.UserId;

/** An access token as stored: the hash of its secret, its owner and its lifetime. */
public record StoredAccessToken(
    UUID id, UserId owner, String tokenHash, Instant issuedAt, Instant expiresAt) {
  public StoredAccessToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
