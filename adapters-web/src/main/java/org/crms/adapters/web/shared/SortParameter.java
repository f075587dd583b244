package org.crms.adapters.web.shared;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.application.port.in.ListOrder;

/**
 * The {@code sort} parameter of lists of named items, and their cursors. {@code sort} is {@code
 * name} (the default), {@code created} or {@code updated}, with a leading {@code -} for descending
 * order. A cursor holds the order it was made in and the last item's value of its key, so that it
 * continues exactly where its page ended and is refused with any other order.
 */
public final class SortParameter {
  private static final String SEPARATOR = "|";

  private SortParameter() {}

  /** Makes a list's position from a cursor's parts. */
  @FunctionalInterface
  public interface Position<P> {
    /**
     * @param name the name, for the name order; null otherwise
     * @param at the instant, for the other orders; null for the name order
     */
    P of(ListOrder.Key key, String name, Instant at, UUID id);
  }

  /**
   * @return the order; by name when the parameter is absent or blank
   * @throws BadRequestException if the value names no order
   */
  public static ListOrder parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return ListOrder.BY_NAME;
    }
    var value = raw.strip();
    var descending = value.startsWith("-");
    var key =
        switch (value.substring(descending ? 1 : 0).toLowerCase(Locale.ROOT)) {
          case "name" -> ListOrder.Key.NAME;
          case "created" -> ListOrder.Key.CREATED;
          case "updated" -> ListOrder.Key.UPDATED;
          default ->
              throw new BadRequestException(
                  "sort",
                  "Use name, created or updated, with a leading - for descending order,"
                      + " e.g. -created.");
        };
    return new ListOrder(key, descending);
  }

  /** The parameter value that asks for this order, e.g. {@code -created}. */
  public static String of(ListOrder order) {
    return (order.descending() ? "-" : "") + order.key().name().toLowerCase(Locale.ROOT);
  }

  /** The cursor of a position in the order: its name or instant, whichever the order's key is. */
  public static String cursor(ListOrder order, UUID id, String name, Instant at) {
    var value = order.key() == ListOrder.Key.NAME ? name : at.toString();
    return PageCursor.encode(id, of(order) + SEPARATOR + value);
  }

  /**
   * @return the position to continue after, or null for the first page
   * @throws BadRequestException if the cursor is not one of ours, or was made in another order
   */
  public static <P> P after(String cursor, ListOrder order, Position<P> position) {
    return PageCursor.decode(
        cursor,
        (id, key) -> {
          var split = key.indexOf(SEPARATOR);
          if (split < 0) {
            throw new IllegalArgumentException("no order in the cursor");
          }
          if (!key.substring(0, split).equals(of(order))) {
            throw new BadRequestException(
                "cursor",
                "This cursor belongs to another sort order; start again from the first page.");
          }
          var value = key.substring(split + 1);
          return order.key() == ListOrder.Key.NAME
              ? position.of(order.key(), value, null, id)
              : position.of(order.key(), null, Instant.parse(value), id);
        });
  }
}
