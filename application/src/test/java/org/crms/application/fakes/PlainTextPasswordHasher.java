package org.crms.application.fakes;

import java.util.concurrent.atomic.AtomicInteger;
import org.crms.application.port.out.PasswordHasher;
import org.crms.domain.user.PasswordHash;

/**
 * A transparent stand-in for the real hasher that counts its checks (tests only, never in
 * production).
 */
public final class PlainTextPasswordHasher implements PasswordHasher {
  private final AtomicInteger checks = new AtomicInteger();
  private final AtomicInteger hashes = new AtomicInteger();

  @Override
  public PasswordHash hash(String password) {
    hashes.incrementAndGet();
    return new PasswordHash("plain:" + password);
  }

  @Override
  public boolean matches(String password, PasswordHash hash) {
    checks.incrementAndGet();
    return hash.encoded().equals("plain:" + password);
  }

  /** How many passwords were hashed: the expensive step a refused form must not reach. */
  public int hashes() {
    return hashes.get();
  }

  public int checks() {
    return checks.get();
  }
}
