package org.crms.application.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.crms.application.port.in.idempotency.IdempotencyKey;
import org.crms.application.port.in.idempotency.RememberedResponse;
import org.crms.application.port.out.IdempotencyKeys;
import org.crms.domain.user.UserId;

/** Idempotency keys in a map. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {
  private final Map<IdempotencyKey, StoredKey> stored = new HashMap<>();

  @Override
  public synchronized boolean claim(IdempotencyKey key, String fingerprint, Instant at) {
    return stored.putIfAbsent(key, new StoredKey(fingerprint, at, Optional.empty())) == null;
  }

  @Override
  public synchronized Optional<StoredKey> find(IdempotencyKey key) {
    return Optional.ofNullable(stored.get(key));
  }

  @Override
  public synchronized boolean reclaim(
      IdempotencyKey key, String fingerprint, Instant seenClaimedAt, Instant at) {
    var current = stored.get(key);
    if (current == null || !current.claimedAt().equals(seenClaimedAt)) {
      return false;
    }
    stored.put(key, new StoredKey(fingerprint, at, Optional.empty()));
    return true;
  }

  @Override
  public synchronized void remember(IdempotencyKey key, RememberedResponse response) {
    stored.computeIfPresent(
        key, (k, s) -> new StoredKey(s.fingerprint(), s.claimedAt(), Optional.of(response)));
  }

  @Override
  public synchronized void forget(IdempotencyKey key) {
    stored.remove(key);
  }

  @Override
  public synchronized void forgetClaimedBefore(UserId user, Instant before) {
    stored
        .entrySet()
        .removeIf(e -> e.getKey().user().equals(user) && e.getValue().claimedAt().isBefore(before));
  }
}
