package org.crms.adapters.web.trash;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.adapters.web.shared.PageCursor;
import org.crms.application.port.in.trash.TrashPosition;

/** The opaque cursors of the trash, for the API and the page: the last item's id and deletion. */
final class TrashCursors {
  private TrashCursors() {}

  static String encode(TrashPosition position) {
    return PageCursor.encode(position.id(), position.deletedAt().toString());
  }

  /**
   * @return the position to continue after, or null for the first page
   * @throws BadRequestException if the cursor was not made by {@link #encode(TrashPosition)}
   */
  static TrashPosition decode(String cursor) {
    return PageCursor.decode(cursor, (id, deletedAt) -> new TrashPosition(instant(deletedAt), id));
  }

  /** A cursor's instant; an unreadable one makes the whole cursor unreadable. */
  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an instant: " + text, e);
    }
  }
}
