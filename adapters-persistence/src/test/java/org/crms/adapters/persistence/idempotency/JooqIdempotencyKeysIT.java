package org.crms.adapters.persistence.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.application.port.in.idempotency.IdempotencyKey;
import org.crms.application.port.out.IdempotencyKeys;
import org.crms.application.port.out.IdempotencyKeysContract;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.Test;

class JooqIdempotencyKeysIT extends IdempotencyKeysContract {
  private static final TestDatabase DATABASE = TestDatabase.shared();

  @Override
  protected void startFromEmpty() {
    DATABASE.emptyAllTables();
  }

  @Override
  protected IdempotencyKeys keys() {
    return new JooqIdempotencyKeys(DATABASE.dsl());
  }

  @Override
  protected UserId persistedUser() {
    return TestUsers.persisted(DATABASE.dsl(), Role.LIMITED).id();
  }

  @Test
  void of_many_concurrent_claims_of_one_key_exactly_one_wins() throws Exception {
    var key = new IdempotencyKey(persistedUser(), "contended");
    var keys = keys();
    var tasks = new ArrayList<Callable<Boolean>>();
    for (var i = 0; i < 20; i++) {
      tasks.add(() -> keys.claim(key, "fp", Instant.parse("2026-03-01T10:00:00Z")));
    }
    var wins = 0;
    try (var pool = Executors.newFixedThreadPool(4)) {
      for (var future : pool.invokeAll(tasks)) {
        wins += future.get() ? 1 : 0;
      }
    }
    assertThat(wins).isEqualTo(1);
  }
}
