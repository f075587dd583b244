package org.crms.adapters.web.audit;

import java.time.Instant;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.adapters.web.shared.PageCursor;
import org.crms.application.port.in.audit.AuditPosition;

/** The opaque cursors of audit event lists: the last event's id and instant. */
final class AuditCursors {
  private AuditCursors() {}

  static String encode(AuditPosition position) {
    return PageCursor.encode(position.id(), position.at().toString());
  }

  /**
   * @return the position to continue after, or null for the first page
   * @throws BadRequestException if the cursor was not made by {@link #encode(AuditPosition)}
   */
  static AuditPosition decode(String cursor) {
    return PageCursor.decode(cursor, (id, at) -> new AuditPosition(Instant.parse(at), id));
  }
}
