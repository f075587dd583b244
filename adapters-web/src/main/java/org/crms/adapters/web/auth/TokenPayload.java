package org.crms.adapters.web.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Credentials exchanged for an access token. The password is never printed. */
@Serdeable
record TokenPayload(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String username,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String password) {
  @Override
  public String toString() {
    return "TokenPayload[username=" + username + "]";
  }
}
