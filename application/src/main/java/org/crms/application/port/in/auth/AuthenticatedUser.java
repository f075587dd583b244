package org.crms.application.port.in.auth;

import java.util.Objects;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;

/** The user a request acts for, with the role they hold now. */
public record AuthenticatedUser(UserId id, Username username, Role role) {
  public AuthenticatedUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
  }

  public Actor actor() {
    return new Actor(id, role);
  }
}
