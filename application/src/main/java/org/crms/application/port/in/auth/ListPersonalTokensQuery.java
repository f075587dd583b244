package org.crms.application.port.in.auth;

import java.util.Objects;
import org.crms.domain.user.Actor;

/** Input of {@link ListPersonalTokensUseCase}. */
public record ListPersonalTokensQuery(Actor actor) {
  public ListPersonalTokensQuery {
    Objects.requireNonNull(actor, "actor");
  }
}
