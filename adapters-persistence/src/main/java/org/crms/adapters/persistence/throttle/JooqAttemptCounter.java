package org.crms.adapters.persistence.throttle;

import static org.crms.adapters.persistence.jooq.Tables.ATTEMPT_COUNTER;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import org.crms.application.port.out.AttemptCounter;
import org.jooq.DSLContext;

/** Attempt counters in PostgreSQL. Runs inside the caller's transaction and never opens one. */
@Singleton
public final class JooqAttemptCounter implements AttemptCounter {
  private final DSLContext dsl;

  public JooqAttemptCounter(DSLContext dsl) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
  }

  @Override
  public long increment(String key, Instant windowStart) {
    // One statement, so that concurrent attempts on any node each get their own count.
    return dsl.insertInto(ATTEMPT_COUNTER)
        .set(ATTEMPT_COUNTER.KEY, key)
        .set(ATTEMPT_COUNTER.WINDOW_START, windowStart)
        .set(ATTEMPT_COUNTER.ATTEMPTS, 1L)
        .onConflict(ATTEMPT_COUNTER.KEY, ATTEMPT_COUNTER.WINDOW_START)
        .doUpdate()
        .set(ATTEMPT_COUNTER.ATTEMPTS, ATTEMPT_COUNTER.ATTEMPTS.plus(1L))
        .returning(ATTEMPT_COUNTER.ATTEMPTS)
        .fetchOne(ATTEMPT_COUNTER.ATTEMPTS);
  }

  @Override
  public long count(String key, Instant windowStart) {
    var attempts =
        dsl.select(ATTEMPT_COUNTER.ATTEMPTS)
            .from(ATTEMPT_COUNTER)
            .where(ATTEMPT_COUNTER.KEY.eq(key))
            .and(ATTEMPT_COUNTER.WINDOW_START.eq(windowStart))
            .fetchOne(ATTEMPT_COUNTER.ATTEMPTS);
    return attempts == null ? 0 : attempts;
  }

  @Override
  public void forgetBefore(Instant instant) {
    dsl.deleteFrom(ATTEMPT_COUNTER).where(ATTEMPT_COUNTER.WINDOW_START.lt(instant)).execute();
  }
}
