package org.crms.domain.user;

import org.crms.domain.shared.DomainException;

/** Self-registration is switched off on this installation; an admin creates accounts instead. */
public final class RegistrationClosedException extends DomainException {
  public RegistrationClosedException() {
    super("Registration is closed. Ask an administrator for an account.");
  }
}
