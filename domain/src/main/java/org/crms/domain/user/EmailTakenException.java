package org.crms.domain.user;

import org.crms.domain.shared.ConflictException;

/** Another account already uses this e-mail address. */
public final class EmailTakenException extends ConflictException {
  public EmailTakenException() {
    super("Email address is already in use.");
  }
}
