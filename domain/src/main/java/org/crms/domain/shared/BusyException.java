package org.crms.domain.shared;

import java.time.Duration;

/**
 * The system is at capacity for this kind of work right now; the same request may succeed after a
 * short wait. Nothing was changed.
 */
public final class BusyException extends DomainException {
  private final Duration retryAfter;

  public BusyException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** How long the caller should wait before trying again. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
