package org.crms.application.port.in.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A place in the audit trail's order (newest first: latest instant, then highest id): the last
 * event of a page, after which the next page continues with older events.
 */
public record AuditPosition(Instant at, UUID id) {
  public AuditPosition {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(id, "id");
  }

  public static AuditPosition of(AuditEntry entry) {
    return new AuditPosition(entry.event().occurredAt(), entry.event().id());
  }
}
