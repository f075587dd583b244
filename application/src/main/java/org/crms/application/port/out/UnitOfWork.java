package org.crms.application.port.out;

import java.util.function.Supplier;

/**
 * The transaction boundary of a use case: all that the supplier does commits together, or, when it
 * throws, rolls back together.
 */
public interface UnitOfWork {
  /**
   * Runs the work in a read-write transaction; a thrown exception rolls it back and is rethrown.
   */
  <T> T inTransaction(Supplier<T> work);

  /** Runs the work in a read-only transaction. */
  <T> T readOnly(Supplier<T> work);
}
