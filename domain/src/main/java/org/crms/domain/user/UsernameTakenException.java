package org.crms.domain.user;

import org.crms.domain.shared.ConflictException;

/** Another account already has this username (compared regardless of case). */
public final class UsernameTakenException extends ConflictException {
  public UsernameTakenException() {
    super("Username already exists.");
  }
}
