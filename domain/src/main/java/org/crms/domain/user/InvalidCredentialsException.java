package org.crms.domain.user;

import org.crms.domain.shared.DomainException;

/**
 * The username or the password is wrong. Deliberately does not say which, so that nobody can learn
 * which accounts exist.
 */
public final class InvalidCredentialsException extends DomainException {
  public InvalidCredentialsException() {
    super("Please enter a correct username and password.");
  }
}
