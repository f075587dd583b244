package org.crms.application.port.in.dashboard;

import java.util.Objects;
import org.crms.domain.user.Actor;

/** Input of {@link GetDashboardUseCase}: whose dashboard ("my open requests" are the actor's). */
public record GetDashboardQuery(Actor actor) {
  public GetDashboardQuery {
    Objects.requireNonNull(actor, "actor");
  }
}
