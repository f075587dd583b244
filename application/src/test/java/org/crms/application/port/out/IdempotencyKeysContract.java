package org.crms.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.crms.application.port.in.idempotency.IdempotencyKey;
import org.crms.application.port.in.idempotency.RememberedResponse;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyKeys} store must do. Extended by the in-memory fake and by the jOOQ
 * adapter. Each test starts from an empty store.
 */
public abstract class IdempotencyKeysContract {
  // Microseconds: what PostgreSQL keeps of an instant.
  protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

  private IdempotencyKeys keys;
  private UserId user;

  protected abstract IdempotencyKeys keys();

  /** A user that exists wherever the store keeps its data; a new one on every call. */
  protected UserId persistedUser() {
    return UserId.newId();
  }

  /** Empties the store, wherever it keeps its data; runs before each test. */
  protected void startFromEmpty() {}

  @BeforeEach
  void setUp() {
    startFromEmpty();
    keys = keys();
    user = persistedUser();
  }

  private static RememberedResponse created(String body) {
    return new RememberedResponse(
        201,
        "application/json",
        body.getBytes(StandardCharsets.UTF_8),
        "/api/v1/clients/1",
        "\"0\"");
  }

  @Test
  void the_first_claim_of_a_key_wins_and_the_second_does_not() {
    var key = new IdempotencyKey(user, "k-1");

    assertThat(keys.claim(key, "fp", T0)).isTrue();
    assertThat(keys.claim(key, "other", T0.plusSeconds(1))).isFalse();
    var stored = keys.find(key).orElseThrow();
    assertThat(stored.fingerprint()).isEqualTo("fp");
    assertThat(stored.claimedAt()).isEqualTo(T0);
    assertThat(stored.response()).isEmpty();
  }

  @Test
  void the_same_key_of_two_users_are_two_keys() {
    var other = persistedUser();
    assertThat(keys.claim(new IdempotencyKey(user, "k"), "fp", T0)).isTrue();
    assertThat(keys.claim(new IdempotencyKey(other, "k"), "fp", T0)).isTrue();
  }

  @Test
  void remembers_the_response_byte_for_byte() {
    var key = new IdempotencyKey(user, "k-2");
    keys.claim(key, "fp", T0);

    keys.remember(key, created("{\"id\":1,\"name\":\"Ünïcode\"}"));

    assertThat(keys.find(key).orElseThrow().response())
        .contains(created("{\"id\":1,\"name\":\"Ünïcode\"}"));
  }

  @Test
  void remembers_a_response_without_body_or_headers() {
    var key = new IdempotencyKey(user, "k-3");
    keys.claim(key, "fp", T0);
    var empty = new RememberedResponse(204, null, new byte[0], null, null);

    keys.remember(key, empty);

    assertThat(keys.find(key).orElseThrow().response()).contains(empty);
  }

  @Test
  void a_forgotten_key_can_be_claimed_again() {
    var key = new IdempotencyKey(user, "k-4");
    keys.claim(key, "fp", T0);

    keys.forget(key);

    assertThat(keys.find(key)).isEmpty();
    assertThat(keys.claim(key, "fp", T0)).isTrue();
  }

  @Test
  void reclaims_only_the_claim_it_saw() {
    var key = new IdempotencyKey(user, "k-5");
    keys.claim(key, "fp", T0);
    keys.remember(key, created("{}"));

    assertThat(keys.reclaim(key, "fp2", T0.plusSeconds(1), T0.plusSeconds(9))).isFalse();
    assertThat(keys.reclaim(key, "fp2", T0, T0.plusSeconds(9))).isTrue();
    assertThat(keys.reclaim(key, "fp3", T0, T0.plusSeconds(10))).isFalse();

    var stored = keys.find(key).orElseThrow();
    assertThat(stored.fingerprint()).isEqualTo("fp2");
    assertThat(stored.claimedAt()).isEqualTo(T0.plusSeconds(9));
    assertThat(stored.response()).isEmpty();
  }

  @Test
  void forgets_only_the_users_keys_claimed_before_the_instant() {
    var old = new IdempotencyKey(user, "old");
    var recent = new IdempotencyKey(user, "recent");
    var othersOld = new IdempotencyKey(persistedUser(), "old");
    keys.claim(old, "fp", T0);
    keys.claim(recent, "fp", T0.plusSeconds(60));
    keys.claim(othersOld, "fp", T0);

    keys.forgetClaimedBefore(user, T0.plusSeconds(60));

    assertThat(keys.find(old)).isEmpty();
    assertThat(keys.find(recent)).isPresent();
    assertThat(keys.find(othersOld)).isPresent();
  }
}
