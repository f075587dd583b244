package org.crms.domain.shared;

import java.util.Objects;

/**
 * One field of an item that changed, with its value before and after, as text (null for "no
 * value").
 */
public record FieldChange(String field, String oldValue, String newValue) {
  public FieldChange {
    Objects.requireNonNull(field, "field");
  }
}
