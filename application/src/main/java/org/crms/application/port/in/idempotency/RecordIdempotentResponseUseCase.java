package org.crms.application.port.in.idempotency;

/** Use case: remember the response of a request whose idempotency key the caller holds. */
public interface RecordIdempotentResponseUseCase {
  void record(IdempotencyKey key, RememberedResponse response);
}
