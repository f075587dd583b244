package org.crms.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.crms.domain.user.UserId;

/**
 * One entry of the append-only audit trail: who did what to which item, when, and for updates which
 * fields changed from what to what.
 *
 * @param actor the user who acted, or null for the system itself (e.g. the command line)
 */
public record AuditEvent(
    UUID id,
    Instant occurredAt,
    UserId actor,
    AuditAction action,
    ItemType itemType,
    UUID itemId,
    List<FieldChange> changes) {

  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(itemType, "itemType");
    Objects.requireNonNull(itemId, "itemId");
    changes = List.copyOf(changes);
  }

  /** An event about an item, with a fresh id. */
  public static AuditEvent of(
      UserId actor,
      Instant at,
      AuditAction action,
      ItemType type,
      UUID itemId,
      List<FieldChange> changes) {
    return new AuditEvent(UUID.randomUUID(), at, actor, action, type, itemId, changes);
  }
}
