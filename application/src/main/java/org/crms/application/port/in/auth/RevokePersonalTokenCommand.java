package org.crms.application.port.in.auth;

import java.util.Objects;
import java.util.UUID;
import org.crms.domain.user.Actor;

/** Input of {@link RevokePersonalTokenUseCase}. */
public record RevokePersonalTokenCommand(Actor actor, UUID tokenId) {
  public RevokePersonalTokenCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(tokenId, "tokenId");
  }
}
