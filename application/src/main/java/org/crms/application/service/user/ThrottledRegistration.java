package org.crms.application.service.user;

import org.crms.application.port.in.user.RegisterUserCommand;
import org.crms.application.port.in.user.RegisterUserUseCase;
import org.crms.application.service.auth.LoginAttempts;
import org.crms.domain.user.User;

/**
 * Registration behind the per-address attempt limit, so that nobody can mass-create accounts or
 * probe for taken names and addresses.
 */
public final class ThrottledRegistration implements RegisterUserUseCase {
  private final RegisterUserUseCase registration;
  private final LoginAttempts attempts;

  public ThrottledRegistration(RegisterUserUseCase registration, LoginAttempts attempts) {
    this.registration = registration;
    this.attempts = attempts;
  }

  /**
   * @throws org.crms.domain.shared.TooManyAttemptsException when the address is over its limit
   */
  @Override
  public User register(RegisterUserCommand command) {
    attempts.admit("register", command.clientAddress(), null);
    return registration.register(command);
  }
}
