package org.crms.application.port.in.idempotency;

/**
 * Use case: give back a key whose request failed without effect (a refusal or an error), so that a
 * corrected retry with the same key runs instead of replaying the failure.
 */
public interface ReleaseIdempotencyKeyUseCase {
  void release(IdempotencyKey key);
}
