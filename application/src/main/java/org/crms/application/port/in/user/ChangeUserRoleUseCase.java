package org.crms.application.port.in.user;

import org.crms.domain.user.User;

/** Use case: an admin gives another user a different role; it applies from their next request. */
public interface ChangeUserRoleUseCase {
  /**
   * @throws UserNotFoundException if no user has that id
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may manage users
   * @throws org.crms.domain.user.OwnAccountChangeException if the actor targets themself
   * @throws org.crms.domain.user.LastActiveAdminException if no active admin would remain
   */
  User changeRole(ChangeUserRoleCommand command);
}
