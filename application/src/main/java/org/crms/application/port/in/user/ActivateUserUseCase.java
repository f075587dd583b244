package org.crms.application.port.in.user;

import org.crms.domain.user.User;

/** Use case: an admin lets a deactivated user log in again. */
public interface ActivateUserUseCase {
  /**
   * @throws UserNotFoundException if no user has that id
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may manage users
   */
  User activate(ActivateUserCommand command);
}
