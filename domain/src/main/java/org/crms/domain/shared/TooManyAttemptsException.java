package org.crms.domain.shared;

import java.time.Duration;

/**
 * Too many attempts of something guessable (logins, sign-ups) came from one address or at one
 * account; the caller may try again once the current window has passed. Nothing was checked.
 */
public final class TooManyAttemptsException extends DomainException {
  private final Duration retryAfter;

  public TooManyAttemptsException(Duration retryAfter) {
    super("Too many attempts. Please wait a moment and try again.");
    this.retryAfter = retryAfter;
  }

  /** How long until the current window ends. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
