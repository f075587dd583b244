package org.crms.adapters.persistence.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqAttemptCounterIT {
  private static final TestDatabase DATABASE = TestDatabase.shared();
  private static final Instant WINDOW = Instant.parse("2026-03-01T10:15:00Z");
  private final DSLContext dsl = DATABASE.dsl();
  private final JooqAttemptCounter counter = new JooqAttemptCounter(dsl);

  @BeforeEach
  void startFromEmptyTables() {
    DATABASE.emptyAllTables();
  }

  @Test
  void counts_per_key_and_window() {
    assertThat(counter.count("login|address|192.0.2.1", WINDOW)).isZero();
    assertThat(counter.increment("login|address|192.0.2.1", WINDOW)).isEqualTo(1);
    assertThat(counter.increment("login|address|192.0.2.1", WINDOW)).isEqualTo(2);
    assertThat(counter.increment("login|address|192.0.2.2", WINDOW)).isEqualTo(1);
    assertThat(counter.increment("login|address|192.0.2.1", WINDOW.plusSeconds(60))).isEqualTo(1);
    assertThat(counter.count("login|address|192.0.2.1", WINDOW)).isEqualTo(2);
  }

  @Test
  void concurrent_increments_each_get_their_own_count() throws Exception {
    var tasks = new ArrayList<Callable<Long>>();
    for (var i = 0; i < 20; i++) {
      tasks.add(() -> counter.increment("login|account|alice", WINDOW));
    }
    var results = new ArrayList<Long>();
    try (var pool = Executors.newFixedThreadPool(4)) {
      for (var future : pool.invokeAll(tasks)) {
        results.add(future.get());
      }
    }
    assertThat(results)
        .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
    assertThat(counter.count("login|account|alice", WINDOW)).isEqualTo(20);
  }

  @Test
  void forgets_only_windows_that_started_before_the_instant() {
    counter.increment("old", WINDOW.minusSeconds(3600));
    counter.increment("current", WINDOW);

    counter.forgetBefore(WINDOW);

    assertThat(counter.count("old", WINDOW.minusSeconds(3600))).isZero();
    assertThat(counter.count("current", WINDOW)).isEqualTo(1);
  }
}
