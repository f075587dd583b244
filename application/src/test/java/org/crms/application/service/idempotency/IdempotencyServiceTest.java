package org.crms.application.service.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.InMemoryIdempotencyKeys;
import org.crms.application.port.in.idempotency.ClaimIdempotencyKeyCommand;
import org.crms.application.port.in.idempotency.IdempotencyKey;
import org.crms.application.port.in.idempotency.IdempotencyKeyInUseException;
import org.crms.application.port.in.idempotency.RememberedResponse;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdempotencyServiceTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final RememberedResponse CREATED =
      new RememberedResponse(201, "application/json", "{\"id\":1}".getBytes(), "/x/1", "\"0\"");

  private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
  private final IdempotencyKey key = new IdempotencyKey(UserId.newId(), "retry-me");

  private IdempotencyService at(Instant now) {
    return new IdempotencyService(
        keys, new ImmediateUnitOfWork(), Clock.fixed(now, ZoneOffset.UTC));
  }

  private static ClaimIdempotencyKeyCommand claim(IdempotencyKey key, String fingerprint) {
    return new ClaimIdempotencyKeyCommand(key, fingerprint);
  }

  @Nested
  class givenANewKey_claim_grantsIt {
    @Test
    void the_caller_runs_the_request() {
      assertThat(at(T0).claim(claim(key, "fp"))).isEmpty();
    }
  }

  @Nested
  class givenAnAnsweredKey_claim_replaysTheResponse {
    @Test
    void for_the_same_request() {
      at(T0).claim(claim(key, "fp"));
      at(T0).record(key, CREATED);

      assertThat(at(T0.plusSeconds(30)).claim(claim(key, "fp"))).contains(CREATED);
    }

    @Test
    void until_the_retention_ends_then_the_key_is_new_again() {
      at(T0).claim(claim(key, "fp"));
      at(T0).record(key, CREATED);

      var later = T0.plus(IdempotencyService.RETENTION);
      assertThat(at(later.minusSeconds(1)).claim(claim(key, "fp"))).contains(CREATED);
      assertThat(at(later.plusSeconds(1)).claim(claim(key, "fp"))).isEmpty();
    }

    @Test
    void but_refuses_a_different_request_with_the_key() {
      at(T0).claim(claim(key, "fp"));
      at(T0).record(key, CREATED);

      assertThatThrownBy(() -> at(T0).claim(claim(key, "another body")))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Idempotency-Key: was already used for a different request");
    }
  }

  @Nested
  class givenAKeyWhoseRequestIsRunning_claim_refuses {
    @Test
    void while_it_runs() {
      at(T0).claim(claim(key, "fp"));

      assertThatThrownBy(() -> at(T0.plusSeconds(10)).claim(claim(key, "fp")))
          .isInstanceOf(IdempotencyKeyInUseException.class)
          .hasMessageContaining("still being processed");
    }

    @Test
    void but_grants_it_once_the_claim_is_abandoned() {
      at(T0).claim(claim(key, "fp"));
      var abandoned = T0.plus(IdempotencyService.ABANDONED).plusSeconds(1);

      assertThat(at(abandoned).claim(claim(key, "fp"))).isEmpty();
      assertThatThrownBy(() -> at(abandoned).claim(claim(key, "fp")))
          .isInstanceOf(IdempotencyKeyInUseException.class);
    }
  }

  @Nested
  class givenAReleasedKey_claim_grantsItAgain {
    @Test
    void even_for_a_corrected_request() {
      at(T0).claim(claim(key, "fp"));
      at(T0).release(key);

      assertThat(at(T0).claim(claim(key, "corrected"))).isEmpty();
    }
  }

  @Nested
  class givenKeysOfTwoUsers_claim_keepsThemApart {
    @Test
    void the_same_key_value_is_two_keys() {
      at(T0).claim(claim(key, "fp"));
      at(T0).record(key, CREATED);

      var someoneElses = new IdempotencyKey(UserId.newId(), key.value());
      assertThat(at(T0).claim(claim(someoneElses, "fp"))).isEmpty();
    }
  }

  @Nested
  class givenAMalformedKey_itIsRefused {
    @Test
    void empty_too_long_or_not_visible_ascii() {
      var user = UserId.newId();
      for (var bad : new String[] {"", "a b", "é", "x".repeat(256)}) {
        assertThatThrownBy(() -> new IdempotencyKey(user, bad))
            .as(bad)
            .isInstanceOf(InvalidValueException.class)
            .hasMessageStartingWith("Idempotency-Key:");
      }
      assertThat(new IdempotencyKey(user, "x".repeat(255)).value()).hasSize(255);
    }
  }
}
