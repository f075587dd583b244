package org.crms.application.port.in.user;

import java.util.Objects;
import org.crms.domain.user.Actor;
import org.crms.domain.user.UserId;

/** Input of {@link DeactivateUserUseCase}. */
public record DeactivateUserCommand(Actor actor, UserId userId) {
  public DeactivateUserCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(userId, "userId");
  }
}
