package org.crms.application.port.in.contact;

import java.util.Objects;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.contact.ContactRecordId;

/**
 * A place in the contact record list's order: the last record of a page, as its sort key's value
 * and its id. It keeps text as stored, so that each repository lowers it in its own notion of lower
 * case, the one its order uses.
 *
 * @param key the value of {@code sort.key()}: an {@code Instant}, a {@code String} or a {@code
 *     LocalDate}; null only for a record without a follow-up date
 */
public record ContactRecordPosition(ContactRecordSort sort, Object key, ContactRecordId id) {
  public ContactRecordPosition {
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(id, "id");
    if (key == null ? !sort.key().nullable() : !sort.key().type().isInstance(key)) {
      throw new IllegalArgumentException(
          "a position in the order by " + sort.key() + " needs a " + sort.key().type().getName());
    }
  }

  /** The position of a record in the given order. */
  public static ContactRecordPosition of(ContactRecord record, ContactRecordSort sort) {
    return new ContactRecordPosition(sort, sort.key().of(record), record.id());
  }
}
