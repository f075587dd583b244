package org.crms.application.port.in.audit;

import java.util.Objects;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.user.Username;

/**
 * One event of the audit trail as a reader sees it: the event, and the username of the user who
 * acted, so that a history says who rather than an id.
 *
 * @param actorName the actor's username; null exactly when the system itself or an anonymous caller
 *     acted
 */
public record AuditEntry(AuditEvent event, Username actorName) {
  public AuditEntry {
    Objects.requireNonNull(event, "event");
    if ((event.actor() == null) != (actorName == null)) {
      throw new IllegalArgumentException("an entry names its actor exactly when it has one");
    }
  }
}
