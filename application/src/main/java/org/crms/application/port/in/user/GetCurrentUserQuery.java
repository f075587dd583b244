package org.crms.application.port.in.user;

import java.util.Objects;
import org.crms.domain.user.Actor;

/** Input of {@link GetCurrentUserUseCase}. */
public record GetCurrentUserQuery(Actor actor) {
  public GetCurrentUserQuery {
    Objects.requireNonNull(actor, "actor");
  }
}
