package org.crms.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

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
   * Fetches one page: asks for one row more than the limit, which only tells whether another page
   * follows, without a count query.
   *
   * @param fetch given how many rows to return at most, returns them in the list's order
   * @param positionOf the position of an item, to continue after the last one
   */
  public static <T, P> Page<T, P> fetch(
      PageLimit limit, IntFunction<List<T>> fetch, Function<? super T, P> positionOf) {
    var size = limit.value();
    var rows = fetch.apply(size + 1);
    if (rows.size() <= size) {
      return new Page<>(rows, null);
    }
    var page = rows.subList(0, size);
    return new Page<>(page, positionOf.apply(page.get(size - 1)));
  }

  public Optional<P> nextPosition() {
    return Optional.ofNullable(next);
  }
}
