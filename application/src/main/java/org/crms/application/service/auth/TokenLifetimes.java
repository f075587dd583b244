package org.crms.application.service.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * How long logins last: an API token and a browser session expire a fixed time after login
 * (absolute); a browser session also ends after {@code browserIdle} without a request.
 */
public record TokenLifetimes(Duration api, Duration browserAbsolute, Duration browserIdle) {
  public TokenLifetimes {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(browserAbsolute, "browserAbsolute");
    Objects.requireNonNull(browserIdle, "browserIdle");
    if (!api.isPositive() || !browserAbsolute.isPositive() || !browserIdle.isPositive()) {
      throw new IllegalArgumentException("token lifetimes must be positive");
    }
  }

  /** One hour for API tokens; 12 hours for browser sessions, which end after 30 idle minutes. */
  public static TokenLifetimes defaults() {
    return new TokenLifetimes(Duration.ofHours(1), Duration.ofHours(12), Duration.ofMinutes(30));
  }
}
