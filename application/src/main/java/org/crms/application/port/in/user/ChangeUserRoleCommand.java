package org.crms.application.port.in.user;

import java.util.Objects;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;

/** Input of {@link ChangeUserRoleUseCase}. */
public record ChangeUserRoleCommand(Actor actor, UserId userId, Role role) {
  public ChangeUserRoleCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
  }
}
