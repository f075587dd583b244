package org.crms.application.port.in.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A freshly issued token. Its secret is shown to the caller once and never stored. */
public record IssuedAccessToken(UUID id, String secret, Instant expiresAt, Duration lifetime) {
  @Override
  public String toString() {
    return "IssuedAccessToken[id=" + id + ", expiresAt=" + expiresAt + "]";
  }
}
