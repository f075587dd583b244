package org.crms.adapters.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.crms.application.port.in.auth.PersonalToken;

/** One of the caller's personal tokens, without its secret. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record PersonalTokenResponse(UUID id, String name, Instant issuedAt, Instant expiresAt) {

  static PersonalTokenResponse from(PersonalToken token) {
    return new PersonalTokenResponse(token.id(), token.name(), token.issuedAt(), token.expiresAt());
  }
}
