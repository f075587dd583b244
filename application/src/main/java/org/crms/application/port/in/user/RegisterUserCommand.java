package org.crms.application.port.in.user;

/**
 * Input of {@link RegisterUserUseCase}, as typed; any part may be missing. The passwords are never
 * printed.
 */
public record RegisterUserCommand(
    String username,
    String email,
    String password,
    String passwordConfirmation,
    String firstName,
    String lastName) {
  @Override
  public String toString() {
    return "RegisterUserCommand[username=" + username + ", email=" + email + "]";
  }
}
