package org.crms.application.port.in.auth;

import java.util.Objects;
import org.crms.domain.user.Actor;

/**
 * Input of {@link CreatePersonalTokenUseCase}.
 *
 * @param validDays how long the token works, 1 to 365 days; null for the default of 90
 */
public record CreatePersonalTokenCommand(Actor actor, String name, Integer validDays) {
  public CreatePersonalTokenCommand {
    Objects.requireNonNull(actor, "actor");
  }
}
