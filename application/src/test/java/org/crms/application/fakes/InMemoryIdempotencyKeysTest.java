package org.crms.application.fakes;

import org.crms.application.port.out.IdempotencyKeys;
import org.crms.application.port.out.IdempotencyKeysContract;

class InMemoryIdempotencyKeysTest extends IdempotencyKeysContract {
  @Override
  protected IdempotencyKeys keys() {
    return new InMemoryIdempotencyKeys();
  }
}
