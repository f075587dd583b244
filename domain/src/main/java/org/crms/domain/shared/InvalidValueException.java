package org.crms.domain.shared;

import java.util.List;

/** Input that breaks a value rule; names every offending field so that all can be fixed at once. */
public final class InvalidValueException extends DomainException {
  private final List<FieldViolation> violations;

  public InvalidValueException(String field, String message) {
    this(List.of(new FieldViolation(field, message)));
  }

  public InvalidValueException(List<FieldViolation> violations) {
    super(describe(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid value needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  private static String describe(List<FieldViolation> violations) {
    return violations.stream()
        .map(v -> v.field() + ": " + v.message())
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }
}
