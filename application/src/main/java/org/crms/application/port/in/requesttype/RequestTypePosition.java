package org.crms.application.port.in.requesttype;

import java.time.Instant;
import java.util.Objects;
import org.crms.application.port.in.ListOrder;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeId;

/**
 * A place in the request type list's order: the last item of a page, by its value of the order's
 * key, then its id. A name is kept as stored, so that each repository compares it in its own notion
 * of lower case.
 *
 * @param key which of the list's keys the position is in
 * @param name the name as stored, for the name order; null for the other orders
 * @param at when the item was created or last changed, for those orders; null for the name order
 */
public record RequestTypePosition(ListOrder.Key key, String name, Instant at, RequestTypeId id) {
  public RequestTypePosition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
    if ((key == ListOrder.Key.NAME) != (name != null)
        || (key == ListOrder.Key.NAME) == (at != null)) {
      throw new IllegalArgumentException("a position holds the value of its own key only");
    }
  }

  /** A place in the name order. */
  public RequestTypePosition(String name, RequestTypeId id) {
    this(ListOrder.Key.NAME, Objects.requireNonNull(name, "name"), null, id);
  }

  /** Where the type stands in the name order. */
  public static RequestTypePosition of(RequestType type) {
    return of(type, ListOrder.Key.NAME);
  }

  /** Where the type stands in an order by this key. */
  public static RequestTypePosition of(RequestType type, ListOrder.Key key) {
    return switch (key) {
      case NAME -> new RequestTypePosition(type.name().value(), type.id());
      case CREATED -> new RequestTypePosition(key, null, type.created().at(), type.id());
      case UPDATED -> new RequestTypePosition(key, null, type.updated().at(), type.id());
    };
  }
}
