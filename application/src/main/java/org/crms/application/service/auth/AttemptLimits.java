package org.crms.application.service.auth;

/**
 * How many guesses are allowed: attempts (logins and sign-ups) per client address and minute, and
 * failed logins per account and hour. A limit is a delay, never a lock: the window passes.
 */
public record AttemptLimits(int perAddressPerMinute, int failuresPerAccountPerHour) {
  public AttemptLimits {
    if (perAddressPerMinute < 1 || failuresPerAccountPerHour < 1) {
      throw new IllegalArgumentException("attempt limits must be positive");
    }
  }

  public static AttemptLimits defaults() {
    return new AttemptLimits(10, 100);
  }
}
