package org.crms.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crms.domain.user.AccessTokenKind;
import org.crms.domain.user.UserId;

/**
 * An access token as stored: the hash of its secret (never the secret), its owner, kind and
 * lifetime.
 *
 * @param name what the owner called a personal token; null for a login session
 * @param revokedAt when it was revoked, or null while it is not
 * @param lastUsedAt when a browser session last served a request (to the minute), or null
 */
public record StoredAccessToken(
    UUID id,
    UserId owner,
    String tokenHash,
    AccessTokenKind kind,
    String name,
    Instant issuedAt,
    Instant expiresAt,
    Instant revokedAt,
    Instant lastUsedAt) {
  public StoredAccessToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public Optional<Instant> revoked() {
    return Optional.ofNullable(revokedAt);
  }

  /** When the token was last used, or when it was issued if never since. */
  public Instant lastActivity() {
    return lastUsedAt == null ? issuedAt : lastUsedAt;
  }
}
