package org.crms.adapters.web.client;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A field of an edit that clashed with someone else's change: what is stored now, and what the user
 * submitted. Shown on the 409 form so that nothing is overwritten unseen.
 *
 * @param label the field's label on the form
 * @param stored the value stored now, as the page shows it
 * @param yours the value the user submitted, normalized as it would be stored
 */
public record ChangedField(String label, String stored, String yours) {

  /** The fields whose stored value differs from the submitted one, in the order given. */
  public static List<ChangedField> differing(ChangedField... fields) {
    return Stream.of(fields).filter(f -> !Objects.equals(f.stored(), f.yours())).toList();
  }
}
