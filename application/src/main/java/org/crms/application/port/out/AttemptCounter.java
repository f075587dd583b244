package org.crms.application.port.out;

import java.time.Instant;

/**
 * Counts attempts per key and time window, shared by every application node, so that a limit holds
 * however many nodes an attacker spreads requests over.
 */
public interface AttemptCounter {
  /** Adds one attempt to the key's window and returns the window's new count, atomically. */
  long increment(String key, Instant windowStart);

  /** The attempts counted so far in the key's window; 0 when none. */
  long count(String key, Instant windowStart);

  /**
   * Forgets every window that started before the instant; counters are kept no longer than needed.
   */
  void forgetBefore(Instant instant);
}
