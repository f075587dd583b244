package org.crms.application.port.in.auth;

import java.util.UUID;
import org.crms.domain.shared.NotFoundException;

/** The actor has no personal token with that id (someone else's tokens are not theirs to see). */
public final class AccessTokenNotFoundException extends NotFoundException {
  public AccessTokenNotFoundException(UUID id) {
    super("Token " + id + " was not found.");
  }
}
