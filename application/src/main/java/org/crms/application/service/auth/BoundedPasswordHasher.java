package org.crms.application.service.auth;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.crms.application.port.out.PasswordHasher;
import org.crms.domain.shared.BusyException;
import org.crms.domain.user.PasswordHash;

/**
 * Lets only a fixed number of password hashes run at once. Each Argon2id hash takes about 19 MiB
 * and a core for tens of milliseconds, so a flood of login attempts would otherwise exhaust memory
 * and CPU; past the bound, callers wait briefly and are then told to come back later.
 */
public final class BoundedPasswordHasher implements PasswordHasher {
  private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
  private final PasswordHasher hasher;
  private final Semaphore permits;
  private final Duration maxWait;

  /**
   * @param concurrent how many hashes may run at once
   * @param maxWait how long a caller waits for a turn before being refused
   */
  public BoundedPasswordHasher(PasswordHasher hasher, int concurrent, Duration maxWait) {
    if (concurrent < 1) {
      throw new IllegalArgumentException("at least one hash must be allowed at a time");
    }
    this.hasher = hasher;
    this.permits = new Semaphore(concurrent, true);
    this.maxWait = maxWait;
  }

  @Override
  public PasswordHash hash(String password) {
    return bounded(() -> hasher.hash(password));
  }

  @Override
  public boolean matches(String password, PasswordHash hash) {
    return bounded(() -> hasher.matches(password, hash));
  }

  private <T> T bounded(Supplier<T> work) {
    if (!acquire()) {
      throw new BusyException("Too many sign-ins at once. Try again in a moment.", RETRY_AFTER);
    }
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }

  private boolean acquire() {
    try {
      return permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
