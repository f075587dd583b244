package org.crms.application.port.in.user;

import org.crms.domain.user.User;

/** Use case: someone signs up and gets an active LIMITED account. */
public interface RegisterUserUseCase {
  /**
   * @throws org.crms.domain.shared.InvalidValueException naming every field to fix, uniqueness of
   *     username and e-mail and the password rules included
   * @throws org.crms.domain.user.RegistrationClosedException if registration is switched off
   */
  User register(RegisterUserCommand command);
}
