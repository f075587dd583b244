package org.crms.application.port.in.user;

import org.crms.application.port.in.Page;
import org.crms.domain.user.User;

/** Use case: an admin pages through every account. */
public interface ListUsersUseCase {
  /**
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may manage users
   */
  Page<User, UserPosition> list(ListUsersQuery query);
}
