package org.crms.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.crms.application.port.in.idempotency.IdempotencyKey;
import org.crms.application.port.in.idempotency.RememberedResponse;
import org.crms.domain.user.UserId;

/** Stores idempotency keys and the responses given to them; applies no rules of its own. */
public interface IdempotencyKeys {

  /**
   * What is stored for a key.
   *
   * @param response empty while the request that claimed the key is still running
   */
  record StoredKey(String fingerprint, Instant claimedAt, Optional<RememberedResponse> response) {}

  /**
   * Stores the key as claimed at the given instant unless it is stored already. Atomic: of two
   * concurrent callers exactly one succeeds.
   *
   * @return true if this call stored it
   */
  boolean claim(IdempotencyKey key, String fingerprint, Instant at);

  Optional<StoredKey> find(IdempotencyKey key);

  /**
   * Claims a stored key anew, forgetting its response, provided it is still the claim the caller
   * saw (claimed at {@code seenClaimedAt}); atomic like {@link #claim}.
   *
   * @return true if this call claimed it
   */
  boolean reclaim(IdempotencyKey key, String fingerprint, Instant seenClaimedAt, Instant at);

  void remember(IdempotencyKey key, RememberedResponse response);

  void forget(IdempotencyKey key);

  /** Drops the user's keys claimed before the given instant. */
  void forgetClaimedBefore(UserId user, Instant before);
}
