package org.crms.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.crms.application.port.out.PasswordHasher;
import org.crms.domain.shared.BusyException;
import org.crms.domain.user.PasswordHash;
import org.junit.jupiter.api.Test;

class BoundedPasswordHasherTest {
  /** A hasher that blocks until released and records how many ran at the same time. */
  private static final class GatedHasher implements PasswordHasher {
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch entered;
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();

    GatedHasher(int expectedEntries) {
      entered = new CountDownLatch(expectedEntries);
    }

    @Override
    public PasswordHash hash(String password) {
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      return new PasswordHash("h:" + password);
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
      return hash(password).equals(hash);
    }
  }

  @Test
  void never_runs_more_hashes_at_once_than_allowed_and_refuses_callers_who_waited_too_long()
      throws Exception {
    var gated = new GatedHasher(2);
    var bounded = new BoundedPasswordHasher(gated, 2, Duration.ofMillis(100));
    try (var pool = Executors.newFixedThreadPool(2)) {
      pool.submit(() -> bounded.hash("a"));
      pool.submit(() -> bounded.hash("b"));
      gated.entered.await();

      assertThatThrownBy(() -> bounded.matches("c", new PasswordHash("h:c")))
          .isInstanceOf(BusyException.class)
          .satisfies(e -> assertThat(((BusyException) e).retryAfter()).isPositive());

      gated.release.countDown();
    }
    assertThat(gated.mostAtOnce.get()).isEqualTo(2);
    assertThat(bounded.matches("d", new PasswordHash("h:d"))).isTrue();
  }

  @Test
  void a_permit_is_returned_even_when_hashing_fails() {
    PasswordHasher failing =
        new PasswordHasher() {
          @Override
          public PasswordHash hash(String password) {
            throw new IllegalStateException("boom");
          }

          @Override
          public boolean matches(String password, PasswordHash hash) {
            throw new IllegalStateException("boom");
          }
        };
    var bounded = new BoundedPasswordHasher(failing, 1, Duration.ofMillis(50));
    for (var i = 0; i < 3; i++) {
      assertThatThrownBy(() -> bounded.hash("x")).isInstanceOf(IllegalStateException.class);
    }
  }
}
