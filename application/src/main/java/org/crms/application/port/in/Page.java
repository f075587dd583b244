package org.crms.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

  /**
   * The page made from a query that fetched one row more than the limit: that extra row only tells
   * that another page follows, without a count query.
   */
  public static <T, P> Page<T, P> ofOverfetched(
      List<T> rows, int limit, Function<? super T, P> positionOf) {
    if (rows.size() <= limit) {
      return new Page<>(rows, null);
    }
    var page = rows.subList(0, limit);
    return new Page<>(page, positionOf.apply(page.get(limit - 1)));
  }

  public Optional<P> nextPosition() {
    return Optional.ofNullable(next);
  }
}
