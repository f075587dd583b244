package org.crms.application.port.in.user;

import java.util.Objects;
import org.crms.domain.user.Actor;
import org.crms.domain.user.UserId;

/** Input of {@link ActivateUserUseCase}. */
public record ActivateUserCommand(Actor actor, UserId userId) {
  public ActivateUserCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(userId, "userId");
  }
}
