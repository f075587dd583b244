package org.crms.adapters.web.user;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.crms.application.port.in.user.RegisterUserCommand;

/**
 * A sign-up form as sent by API clients; any field may be missing. The passwords are never printed.
 */
@Serdeable
record RegistrationPayload(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String username,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String email,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String password,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String passwordConfirmation,
    String firstName,
    String lastName) {

  RegisterUserCommand command(String clientAddress) {
    return new RegisterUserCommand(
        username, email, password, passwordConfirmation, firstName, lastName, clientAddress);
  }

  @Override
  public String toString() {
    return "RegistrationPayload[username=" + username + ", email=" + email + "]";
  }
}
