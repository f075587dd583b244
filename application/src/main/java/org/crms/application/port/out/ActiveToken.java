package org.crms.application.port.out;

import java.util.Objects;
import org.crms.domain.user.User;

/** A token that may still be used, with its owner as they are now. */
public record ActiveToken(StoredAccessToken token, User owner) {
  public ActiveToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(owner, "owner");
  }
}
