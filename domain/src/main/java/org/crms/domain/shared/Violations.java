package org.crms.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the violations of several fields, so that a form or payload with three bad fields
 * reports all three instead of the first.
 */
public final class Violations {
  private final List<FieldViolation> found = new ArrayList<>();

  /** Builds one value; on failure remembers its violations and returns null. */
  public <T> T check(Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      found.addAll(e.violations());
      return null;
    }
  }

  /**
   * @throws InvalidValueException naming every field that failed so far
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidValueException(found);
    }
  }
}
