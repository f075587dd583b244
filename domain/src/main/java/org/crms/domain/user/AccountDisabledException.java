package org.crms.domain.user;

import org.crms.domain.shared.DomainException;

/** The password was right but the account has been deactivated. */
public final class AccountDisabledException extends DomainException {
  public AccountDisabledException() {
    super("Your account has been disabled. Contact an administrator.");
  }
}
