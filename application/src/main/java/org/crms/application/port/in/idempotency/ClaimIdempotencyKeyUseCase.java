package org.crms.application.port.in.idempotency;

import java.util.Optional;

/**
 * Use case: take an idempotency key before running the request it came with, so that a retry of a
 * create returns the first result instead of making a duplicate. Safe across nodes: of two requests
 * with the same key at once, exactly one gets the key.
 */
public interface ClaimIdempotencyKeyUseCase {
  /**
   * @return empty when the caller now holds the key and should run the request (then {@link
   *     RecordIdempotentResponseUseCase record} or {@link ReleaseIdempotencyKeyUseCase release}
   *     it); the remembered response when the request already ran
   * @throws IdempotencyKeyInUseException while another request with the key is still running
   * @throws org.crms.domain.shared.InvalidValueException on field {@value IdempotencyKey#FIELD} if
   *     the key came before with a different request
   */
  Optional<RememberedResponse> claim(ClaimIdempotencyKeyCommand command);
}
