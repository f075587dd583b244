package org.crms.adapters.persistence.shared;

import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.ListOrder;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;

/**
 * The list orders of a table of named, stamped items (name, created_at, updated_at, id), and the
 * keyset conditions that continue them, written so that the table's (key, id) indexes serve them.
 */
public record NamedListColumns(
    Field<String> name, Field<Instant> createdAt, Field<Instant> updatedAt, Field<UUID> id) {

  /** ORDER BY the order's key, then id, both in the order's direction. */
  public List<SortField<?>> orderBy(ListOrder order) {
    var key = key(order.key());
    return order.descending() ? List.of(key.desc(), id.desc()) : List.of(key.asc(), id.asc());
  }

  /**
   * The rows strictly after a position in the order. A row-value comparison, so that PostgreSQL can
   * seek straight to the position in the index; a name goes through the same lower() as the order,
   * so that Java's and PostgreSQL's case rules never disagree.
   *
   * @param name the position's name, for the name order
   * @param at the position's instant, for the other orders
   */
  public Condition after(ListOrder order, String name, Instant at, UUID positionId) {
    return switch (order.key()) {
      case NAME -> beyond(lower(this.name), lower(val(name)), positionId, order.descending());
      case CREATED -> beyond(createdAt, val(at, createdAt), positionId, order.descending());
      case UPDATED -> beyond(updatedAt, val(at, updatedAt), positionId, order.descending());
    };
  }

  /** The rows created and last changed within the ranges. */
  public Condition within(InstantRange created, InstantRange updated) {
    return InstantRanges.within(createdAt, created).and(InstantRanges.within(updatedAt, updated));
  }

  private Field<?> key(ListOrder.Key key) {
    return switch (key) {
      case NAME -> lower(name);
      case CREATED -> createdAt;
      case UPDATED -> updatedAt;
    };
  }

  private <T> Condition beyond(Field<T> key, Field<T> value, UUID positionId, boolean descending) {
    var row = row(key, id);
    var position = row(value, val(positionId, id));
    return descending ? row.lt(position) : row.gt(position);
  }
}
