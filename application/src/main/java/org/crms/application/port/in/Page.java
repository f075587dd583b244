package org.crms.application.port.in;

import java.util.List;
import java.util.Optional;

/**
 * One page of a keyset-paginated list.
 *
 * @param next the position to continue after, or null on the last page
 * @param <T> the items
 * @param <P> the position type of this list's order
 */
public record Page<T, P>(List<T> items, P next) {
  public Page {
    items = List.copyOf(items);
  }

  public Optional<P> nextPosition() {
    return Optional.ofNullable(next);
  }
}
