package org.crms.application.port.in.user;

import org.crms.domain.user.User;

/** Use case: who am I, and so what may I do. */
public interface GetCurrentUserUseCase {
  /**
   * @throws UserNotFoundException if the actor's account no longer exists
   */
  User me(GetCurrentUserQuery query);
}
