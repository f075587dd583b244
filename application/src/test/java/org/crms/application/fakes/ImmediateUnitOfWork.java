package org.crms.application.fakes;

import java.util.function.Supplier;
import org.crms.application.port.out.UnitOfWork;

/** Runs work directly; counts how often each kind of transaction was asked for. */
public final class ImmediateUnitOfWork implements UnitOfWork {
  private int writes;
  private int reads;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    writes++;
    return work.get();
  }

  @Override
  public <T> T readOnly(Supplier<T> work) {
    reads++;
    return work.get();
  }

  public int writes() {
    return writes;
  }

  public int reads() {
    return reads;
  }
}
