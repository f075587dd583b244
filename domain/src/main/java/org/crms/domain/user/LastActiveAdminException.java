package org.crms.domain.user;

import org.crms.domain.shared.ConflictException;

/** The change would leave no active admin, and with that nobody able to manage users. */
public final class LastActiveAdminException extends ConflictException {
  public LastActiveAdminException() {
    super("At least one active admin must remain.");
  }
}
