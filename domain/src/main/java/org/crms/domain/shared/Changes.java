package org.crms.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the list of fields that really changed between two states of an item. */
public final class Changes {
  private final List<FieldChange> changes = new ArrayList<>();

  /**
   * Records the field if its text form differs; values are compared by {@code toString()}, nulls
   * allowed.
   */
  public Changes compare(String field, Object before, Object after) {
    var oldText = before == null ? null : before.toString();
    var newText = after == null ? null : after.toString();
    if (!Objects.equals(oldText, newText)) {
      changes.add(new FieldChange(field, oldText, newText));
    }
    return this;
  }

  public List<FieldChange> list() {
    return List.copyOf(changes);
  }
}
