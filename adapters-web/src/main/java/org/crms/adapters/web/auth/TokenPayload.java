package org.crms.adapters.web.auth;

import io.micronaut.serde.annotation.Serdeable;

/** Credentials exchanged for an access token. The password is never printed. */
@Serdeable
record TokenPayload(String username, String password) {
  @Override
  public String toString() {
    return "TokenPayload[username=" + username + "]";
  }
}
