package org.crms.application.port.in.user;

import org.crms.domain.user.User;

/** Use case: an operator creates an account from the command line (e.g. the first admin). */
public interface CreateUserUseCase {
  /**
   * @throws org.crms.domain.shared.InvalidValueException naming each invalid field, the password
   *     included
   * @throws org.crms.domain.user.UsernameTakenException if the username is taken
   * @throws org.crms.domain.user.EmailTakenException if the e-mail address is taken
   */
  User create(CreateUserCommand command);
}
