package org.crms.adapters.web.request;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.adapters.web.shared.PageCursor;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.in.request.RequestSort;
import org.crms.domain.request.ClientRequestId;

/**
 * The {@code sort} parameter of the request list ({@code created}, {@code updated}, {@code due},
 * {@code priority}, {@code title}, {@code status}, each descending with a leading {@code -}) and
 * the opaque cursors of its pages, which remember the sort they belong to.
 */
final class RequestOrder {
  private RequestOrder() {}

  /**
   * @return the sort, newest first when none is asked for
   * @throws BadRequestException if the value names no sort
   */
  static RequestSort parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return RequestSort.DEFAULT;
    }
    var value = raw.strip();
    var descending = value.startsWith("-");
    var name = descending ? value.substring(1) : value;
    return Arrays.stream(RequestSort.Key.values())
        .filter(key -> token(key).equals(name))
        .findFirst()
        .map(key -> new RequestSort(key, descending))
        .orElseThrow(
            () ->
                new BadRequestException(
                    "sort",
                    "Sort by created, updated, due, priority, title or status; a leading - for"
                        + " descending."));
  }

  static String token(RequestSort sort) {
    return (sort.descending() ? "-" : "") + token(sort.key());
  }

  private static String token(RequestSort.Key key) {
    return key.name().toLowerCase(Locale.ROOT);
  }

  /** The cursor of a position: its sort's token, then its key (empty for no due date). */
  static String cursor(RequestPosition position) {
    var key = position.key() == null ? "" : position.key();
    return PageCursor.encode(position.id().value(), token(position.sort()) + ":" + key);
  }

  /**
   * @return the position to continue after, or null for the first page
   * @throws BadRequestException if the cursor is not one of ours, or belongs to another sort
   */
  static RequestPosition after(String cursor, RequestSort sort) {
    return PageCursor.decode(cursor, (id, raw) -> position(id, raw, sort));
  }

  private static RequestPosition position(UUID id, String raw, RequestSort sort) {
    var prefix = token(sort) + ":";
    if (!raw.startsWith(prefix)) {
      throw new BadRequestException(
          "cursor", "This cursor belongs to another sort order; start again from the first page.");
    }
    var key = raw.substring(prefix.length());
    return new RequestPosition(sort, key.isEmpty() ? null : key, new ClientRequestId(id));
  }
}
