package org.crms.application.port.in;

import java.time.Instant;

/**
 * A span of time a list may be limited to: from an instant (inclusive) to another (exclusive), each
 * optional. A range whose end is not after its start holds nothing.
 *
 * @param from the first instant that belongs to the range, or null for no lower bound
 * @param to the first instant after the range, or null for no upper bound
 */
public record InstantRange(Instant from, Instant to) {
  public static final InstantRange ANY = new InstantRange(null, null);

  public boolean contains(Instant instant) {
    return (from == null || !instant.isBefore(from)) && (to == null || instant.isBefore(to));
  }

  public boolean isUnbounded() {
    return from == null && to == null;
  }
}
