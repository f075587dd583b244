package org.crms.application.port.in.user;

import org.crms.domain.shared.NotFoundException;
import org.crms.domain.user.UserId;

/** No user has that id. */
public final class UserNotFoundException extends NotFoundException {
  public UserNotFoundException(UserId id) {
    super("User " + id + " was not found.");
  }
}
