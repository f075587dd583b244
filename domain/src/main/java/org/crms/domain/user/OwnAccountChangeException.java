package org.crms.domain.user;

import org.crms.domain.shared.ConflictException;

/**
 * Admins may not deactivate or demote themselves, so that nobody locks themself out by accident;
 * another admin has to do it.
 */
public final class OwnAccountChangeException extends ConflictException {
  public OwnAccountChangeException(String message) {
    super(message);
  }
}
