package org.crms.adapters.persistence.contact;

import static org.crms.adapters.persistence.jooq.Tables.CONTACT_RECORD;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;

/**
 * The SQL of the contact record list's orders: ORDER BY the sort key then the id, and the keyset
 * condition "strictly after this position" in the same order. Text keys go through lower() on both
 * sides, so that PostgreSQL's case rules decide both the order and the comparison.
 */
final class ContactRecordOrder {
  private static final Field<UUID> ID = CONTACT_RECORD.ID;
  private static final Field<LocalDate> FOLLOW_UP = CONTACT_RECORD.FOLLOW_UP_ON;

  private ContactRecordOrder() {}

  static List<SortField<?>> orderBy(ContactRecordSort sort) {
    var key = column(sort.key());
    var keyOrder = sort.descending() ? key.desc() : key.asc();
    if (sort.key().nullable()) {
      keyOrder = keyOrder.nullsLast();
    }
    return List.of(keyOrder, sort.descending() ? ID.desc() : ID.asc());
  }

  /** Rows strictly after the position, in its sort's order. */
  static Condition after(ContactRecordPosition position) {
    var key = position.key();
    var id = position.id().value();
    var descending = position.sort().descending();
    return switch (position.sort().key()) {
      case CONTACTED -> beyond(CONTACT_RECORD.CONTACTED_AT, instant(key), id, descending);
      case CREATED -> beyond(CONTACT_RECORD.CREATED_AT, instant(key), id, descending);
      case UPDATED -> beyond(CONTACT_RECORD.UPDATED_AT, instant(key), id, descending);
      case LAST_NAME ->
          beyond(lower(CONTACT_RECORD.LAST_NAME), lower(val((String) key)), id, descending);
      case PAYMENT_REFERENCE ->
          beyond(lower(CONTACT_RECORD.PAYMENT_REFERENCE), lower(val((String) key)), id, descending);
      case FOLLOW_UP -> afterFollowUp((LocalDate) key, id, descending);
    };
  }

  private static Field<?> column(ContactRecordSort.Key key) {
    return switch (key) {
      case CONTACTED -> CONTACT_RECORD.CONTACTED_AT;
      case CREATED -> CONTACT_RECORD.CREATED_AT;
      case UPDATED -> CONTACT_RECORD.UPDATED_AT;
      case LAST_NAME -> lower(CONTACT_RECORD.LAST_NAME);
      case PAYMENT_REFERENCE -> lower(CONTACT_RECORD.PAYMENT_REFERENCE);
      case FOLLOW_UP -> FOLLOW_UP;
    };
  }

  private static Field<Instant> instant(Object key) {
    return val((Instant) key, CONTACT_RECORD.CONTACTED_AT);
  }

  /**
   * Row-value comparison, so that PostgreSQL can seek straight to the position in an index on (key,
   * id).
   */
  private static <T> Condition beyond(
      Field<T> column, Field<T> value, UUID id, boolean descending) {
    var rows = row(column, ID);
    var position = row(value, val(id));
    return descending ? rows.lt(position) : rows.gt(position);
  }

  /**
   * Records without a follow-up date come last in either direction: after a dated position come the
   * later (or earlier) dates and then every undated record; after an undated one, only undated
   * records with a greater (or smaller) id.
   */
  private static Condition afterFollowUp(LocalDate key, UUID id, boolean descending) {
    var undated = FOLLOW_UP.isNull();
    if (key == null) {
      return undated.and(descending ? ID.lt(id) : ID.gt(id));
    }
    return beyond(FOLLOW_UP, val(key, FOLLOW_UP), id, descending).or(undated);
  }
}
