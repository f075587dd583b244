package org.crms.domain.user;

import java.util.Objects;

/** The authenticated user on whose behalf a command runs, with the role they hold right now. */
public record Actor(UserId userId, Role role) {
  public Actor {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
  }

  /**
   * @throws PermissionDeniedException if this actor's role lacks the permission
   */
  public void require(Permission permission) {
    if (!role.allows(permission)) {
      throw new PermissionDeniedException(permission);
    }
  }
}
