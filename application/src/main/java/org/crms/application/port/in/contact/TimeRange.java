package org.crms.application.port.in.contact;

import java.time.Instant;

/**
 * A span of time for list filters: from {@code from} (inclusive) until {@code to} (exclusive).
 * Either end may be null for "open"; {@link #ANY} has neither.
 */
public record TimeRange(Instant from, Instant to) {
  public static final TimeRange ANY = new TimeRange(null, null);

  /** Whether the instant lies within the range. */
  public boolean contains(Instant instant) {
    return (from == null || !instant.isBefore(from)) && (to == null || instant.isBefore(to));
  }

  /** Whether the range lets every instant through. */
  public boolean isAny() {
    return from == null && to == null;
  }
}
