package org.crms.application.port.in.idempotency;

import org.crms.domain.shared.ConflictException;

/** Thrown when a request arrives while an earlier one with the same key is still running. */
public final class IdempotencyKeyInUseException extends ConflictException {
  public IdempotencyKeyInUseException() {
    super(
        "A request with this Idempotency-Key is still being processed. Retry it in a moment to get"
            + " its result.");
  }
}
