package org.crms.application.port.in.auth;

import java.util.Objects;
import org.crms.domain.user.Actor;

/** Input of {@link LogOutUseCase}: who logs out, and the secret of the token they used. */
public record LogOutCommand(Actor actor, String secret) {
  public LogOutCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public String toString() {
    return "LogOutCommand[actor=" + actor + "]";
  }
}
