package org.crms.application.port.in.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import org.crms.domain.contact.ContactRecord;

/**
 * The order of the contact record list: a sort key, ascending or descending, then the id in the
 * same direction, so that the order is total and keyset pages never skip or repeat a record. Text
 * keys are compared regardless of case (each repository in its own notion of lower case). Records
 * without a follow-up date come last in either direction.
 */
public record ContactRecordSort(Key key, boolean descending) {
  /** Latest contact first. */
  public static final ContactRecordSort DEFAULT = new ContactRecordSort(Key.CONTACTED, true);

  public ContactRecordSort {
    Objects.requireNonNull(key, "key");
  }

  /** What a list can be sorted by, with the Java type of its value. */
  public enum Key {
    CONTACTED(Instant.class, r -> r.details().contactedAt()),
    CREATED(Instant.class, r -> r.created().at()),
    UPDATED(Instant.class, r -> r.updated().at()),
    LAST_NAME(String.class, r -> r.details().lastName()),
    PAYMENT_REFERENCE(String.class, r -> r.details().paymentReference()),
    FOLLOW_UP(LocalDate.class, r -> r.details().followUpOn());

    private final Class<?> type;
    private final Function<ContactRecord, Object> read;

    Key(Class<?> type, Function<ContactRecord, Object> read) {
      this.type = type;
      this.read = read;
    }

    /** The type of this key's values. */
    public Class<?> type() {
      return type;
    }

    /** Whether a record may have no value for this key (only the follow-up date). */
    public boolean nullable() {
      return this == FOLLOW_UP;
    }

    /** Whether values are text, compared regardless of case. */
    public boolean text() {
      return type == String.class;
    }

    /** The record's value of this key, as stored. */
    public Object of(ContactRecord record) {
      return read.apply(record);
    }
  }
}
