package org.crms.adapters.web.auth;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.crms.application.port.in.auth.IssuedAccessToken;

/**
 * A personal token just made. {@code token} is its secret, shown this once and never again.
 *
 * @param name the name as stored (stripped)
 */
@Serdeable
record CreatedPersonalTokenResponse(UUID id, String name, String token, Instant expiresAt) {

  static CreatedPersonalTokenResponse from(IssuedAccessToken issued, String name) {
    return new CreatedPersonalTokenResponse(issued.id(), name, issued.secret(), issued.expiresAt());
  }

  @Override
  public String toString() {
    return "CreatedPersonalTokenResponse[id=" + id + ", name=" + name + "]";
  }
}
