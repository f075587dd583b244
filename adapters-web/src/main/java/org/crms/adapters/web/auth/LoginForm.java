package org.crms.adapters.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The fields of the HTML login form; any may be missing, which counts as wrong credentials.
 *
 * @param next the local path to go to after logging in
 */
@Serdeable
record LoginForm(@Nullable String username, @Nullable String password, @Nullable String next) {

  @Override
  public String toString() {
    return "LoginForm[username=" + username + ", next=" + next + "]";
  }
}
