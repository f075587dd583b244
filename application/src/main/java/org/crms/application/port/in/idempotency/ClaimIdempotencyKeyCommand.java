package org.crms.application.port.in.idempotency;

import java.util.Objects;

/**
 * Input of {@link ClaimIdempotencyKeyUseCase}.
 *
 * @param fingerprint a digest of what the request asks for (method, path, body), so that the key
 *     cannot be reused for a different request
 */
public record ClaimIdempotencyKeyCommand(IdempotencyKey key, String fingerprint) {
  public ClaimIdempotencyKeyCommand {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
