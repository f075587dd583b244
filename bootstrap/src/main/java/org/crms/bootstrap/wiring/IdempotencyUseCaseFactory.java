package org.crms.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.crms.application.port.out.IdempotencyKeys;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.service.idempotency.IdempotencyService;

/** Builds the idempotency-key use cases. */
@Factory
class IdempotencyUseCaseFactory {
  @Singleton
  IdempotencyService idempotency(IdempotencyKeys keys, UnitOfWork uow, Clock clock) {
    return new IdempotencyService(keys, uow, clock);
  }
}
