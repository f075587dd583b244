package org.crms.adapters.persistence.tx;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Objects;
import java.util.function.Supplier;
import org.crms.application.port.out.UnitOfWork;

/**
 * The use cases' transaction boundary, on Micronaut's JDBC transaction manager. The jOOQ {@code
 * DSLContext} that micronaut-jooq provides joins these transactions, so every repository call
 * inside the supplier commits or rolls back together. An exception from the supplier rolls back and
 * reaches the caller unchanged.
 */
@Singleton
public final class MicronautUnitOfWork implements UnitOfWork {
  private final TransactionOperations<Connection> transactions;

  public MicronautUnitOfWork(TransactionOperations<Connection> transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return transactions.executeWrite(status -> work.get());
  }

  @Override
  public <T> T readOnly(Supplier<T> work) {
    return transactions.executeRead(status -> work.get());
  }
}
