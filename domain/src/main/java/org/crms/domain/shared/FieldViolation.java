package org.crms.domain.shared;

import java.util.Objects;

/** One input field that broke a rule, with a message a person can act on. */
public record FieldViolation(String field, String message) {
  public FieldViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
