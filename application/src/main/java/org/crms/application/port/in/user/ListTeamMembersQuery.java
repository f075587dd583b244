package org.crms.application.port.in.user;

import java.util.Objects;
import org.crms.domain.user.Actor;

/** Input of {@link ListTeamMembersUseCase}. */
public record ListTeamMembersQuery(Actor actor) {
  public ListTeamMembersQuery {
    Objects.requireNonNull(actor, "actor");
  }
}
