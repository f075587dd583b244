package org.crms.application.port.in.client;

import java.time.Instant;
import java.util.Objects;
import org.crms.application.port.in.ListOrder;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientId;

/**
 * A place in the client list's order: the last item of a page, by its value of the order's key,
 * then its id. A name is kept as stored, so that each repository compares it in its own notion of
 * lower case, the one its order uses.
 *
 * @param key which of the list's keys the position is in
 * @param name the name as stored, for the name order; null for the other orders
 * @param at when the item was created or last changed, for those orders; null for the name order
 */
public record ClientPosition(ListOrder.Key key, String name, Instant at, ClientId id) {
  public ClientPosition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
    if ((key == ListOrder.Key.NAME) != (name != null)
        || (key == ListOrder.Key.NAME) == (at != null)) {
      throw new IllegalArgumentException("a position holds the value of its own key only");
    }
  }

  /** A place in the name order. */
  public ClientPosition(String name, ClientId id) {
    this(ListOrder.Key.NAME, Objects.requireNonNull(name, "name"), null, id);
  }

  /** Where the client stands in the name order. */
  public static ClientPosition of(Client client) {
    return of(client, ListOrder.Key.NAME);
  }

  /** Where the client stands in an order by this key. */
  public static ClientPosition of(Client client, ListOrder.Key key) {
    return switch (key) {
      case NAME -> new ClientPosition(client.name().value(), client.id());
      case CREATED -> new ClientPosition(key, null, client.created().at(), client.id());
      case UPDATED -> new ClientPosition(key, null, client.updated().at(), client.id());
    };
  }
}
