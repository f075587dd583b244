package org.crms.application.port.in.user;

/**
 * Input of {@link RegisterUserUseCase}, as typed; any part may be missing. The passwords are never
 * printed.
 *
 * @param clientAddress where the sign-up came from, for throttling
 */
public record RegisterUserCommand(
    String username,
    String email,
    String password,
    String passwordConfirmation,
    String firstName,
    String lastName,
    String clientAddress) {
  @Override
  public String toString() {
    return "RegisterUserCommand[username=" + username + ", email=" + email + "]";
  }
}
