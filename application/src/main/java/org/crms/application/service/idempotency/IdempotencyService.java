package org.crms.application.service.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.crms.application.port.in.idempotency.ClaimIdempotencyKeyCommand;
import org.crms.application.port.in.idempotency.ClaimIdempotencyKeyUseCase;
import org.crms.application.port.in.idempotency.IdempotencyKey;
import org.crms.application.port.in.idempotency.IdempotencyKeyInUseException;
import org.crms.application.port.in.idempotency.RecordIdempotentResponseUseCase;
import org.crms.application.port.in.idempotency.ReleaseIdempotencyKeyUseCase;
import org.crms.application.port.in.idempotency.RememberedResponse;
import org.crms.application.port.out.IdempotencyKeys;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.shared.InvalidValueException;

/**
 * Idempotency keys: a key is claimed before its request runs and then either remembers the response
 * or is released. Responses are replayed for {@link #RETENTION}; a claim that never got its
 * response (its node stopped mid-request) is given up after {@link #ABANDONED}.
 */
public final class IdempotencyService
    implements ClaimIdempotencyKeyUseCase,
        RecordIdempotentResponseUseCase,
        ReleaseIdempotencyKeyUseCase {
  /** How long a retry still gets the first response; clients retry within minutes, not days. */
  public static final Duration RETENTION = Duration.ofHours(24);

  /** Far longer than any request may take: the server's own timeouts end requests much sooner. */
  public static final Duration ABANDONED = Duration.ofMinutes(5);

  private final IdempotencyKeys keys;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public IdempotencyService(IdempotencyKeys keys, UnitOfWork unitOfWork, Clock clock) {
    this.keys = keys;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public Optional<RememberedResponse> claim(ClaimIdempotencyKeyCommand command) {
    var key = command.key();
    var fingerprint = command.fingerprint();
    return unitOfWork.inTransaction(
        () -> {
          var now = clock.instant();
          keys.forgetClaimedBefore(key.user(), now.minus(RETENTION));
          if (keys.claim(key, fingerprint, now)) {
            return Optional.empty();
          }
          var stored = keys.find(key).orElseThrow(IdempotencyKeyInUseException::new);
          if (!stored.fingerprint().equals(fingerprint)) {
            throw new InvalidValueException(
                IdempotencyKey.FIELD,
                "was already used for a different request; send a new key for a new request");
          }
          if (stored.response().isPresent()) {
            return stored.response();
          }
          var abandoned = stored.claimedAt().isBefore(now.minus(ABANDONED));
          if (abandoned && keys.reclaim(key, fingerprint, stored.claimedAt(), now)) {
            return Optional.empty();
          }
          throw new IdempotencyKeyInUseException();
        });
  }

  @Override
  public void record(IdempotencyKey key, RememberedResponse response) {
    unitOfWork.inTransaction(
        () -> {
          keys.remember(key, response);
          return null;
        });
  }

  @Override
  public void release(IdempotencyKey key) {
    unitOfWork.inTransaction(
        () -> {
          keys.forget(key);
          return null;
        });
  }
}
