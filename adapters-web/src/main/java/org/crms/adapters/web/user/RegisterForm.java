package org.crms.adapters.web.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Objects;
import org.crms.application.port.in.user.RegisterUserCommand;

/**
 * The fields of the HTML sign-up form, as typed; any may be missing. The passwords are never
 * printed nor sent back to the browser.
 *
 * @param passwordConfirmation the password typed a second time
 */
@Serdeable
record RegisterForm(
    @Nullable String username,
    @Nullable String email,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String password,
    @Nullable String passwordConfirmation) {
  static final RegisterForm EMPTY = new RegisterForm(null, null, null, null, null, null);

  /** Whether the password was typed differently the second time: a typo, not a domain rule. */
  boolean passwordsDiffer() {
    return !Objects.equals(password, passwordConfirmation);
  }

  RegisterUserCommand command(String clientAddress) {
    return new RegisterUserCommand(
        username, email, password, passwordConfirmation, firstName, lastName, clientAddress);
  }

  @Override
  public String toString() {
    return "RegisterForm[username=" + username + ", email=" + email + "]";
  }
}
