package org.crms.adapters.web.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.adapters.web.shared.PageCursor;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.domain.contact.ContactRecordId;

/**
 * The opaque cursor of the contact record list: a {@link PageCursor} whose key is the order it
 * belongs to ({@code -contacted}), a colon and the last record's sort key as text (an instant or a
 * date in ISO 8601, text as stored, nothing for no follow-up date).
 */
final class ContactRecordCursor {
  private ContactRecordCursor() {}

  static String encode(ContactRecordPosition position) {
    var key = position.key() == null ? "" : position.key().toString();
    return PageCursor.encode(
        position.id().value(), ContactRecordSorts.format(position.sort()) + ":" + key);
  }

  /**
   * @return the position to continue after, or null for the first page
   * @throws BadRequestException if the cursor is not one of ours, or belongs to another order
   */
  static ContactRecordPosition decode(String cursor, ContactRecordSort sort) {
    return PageCursor.decode(cursor, (id, key) -> position(id, key, sort));
  }

  private static ContactRecordPosition position(UUID id, String text, ContactRecordSort sort) {
    var colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("the cursor names no order");
    }
    if (!text.substring(0, colon).equals(ContactRecordSorts.format(sort))) {
      throw new BadRequestException(
          "cursor", "This cursor belongs to another sort order; start again from the first page.");
    }
    var key = key(sort.key(), text.substring(colon + 1));
    return new ContactRecordPosition(sort, key, new ContactRecordId(id));
  }

  /**
   * @throws IllegalArgumentException if the text is no value of the key's type
   */
  private static Object key(ContactRecordSort.Key key, String text) {
    try {
      if (key.type() == Instant.class) {
        return Instant.parse(text);
      }
      if (key.type() == LocalDate.class) {
        return text.isEmpty() ? null : LocalDate.parse(text);
      }
      return text;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a sort key of " + key, e);
    }
  }
}
