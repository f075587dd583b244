package org.crms.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.UserId;

/**
 * One entry of the append-only audit trail: who did what to which item, when, and for updates which
 * fields changed from what to what.
 *
 * @param actor the user who acted, or null for the system itself (e.g. the command line) or an
 *     anonymous caller (e.g. a failed login)
 * @param itemId the item acted on, or null when there is none (a failed login for an unknown name)
 * @param details facts about the event that are not field changes, e.g. the username tried and the
 *     client address of a failed login, or the name of a token
 */
public record AuditEvent(
    UUID id,
    Instant occurredAt,
    UserId actor,
    AuditAction action,
    ItemType itemType,
    UUID itemId,
    List<FieldChange> changes,
    Map<String, String> details) {

  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(itemType, "itemType");
    changes = List.copyOf(changes);
    details = Map.copyOf(details);
  }

  /** An event about an item, with a fresh id and no details. */
  public static AuditEvent of(
      UserId actor,
      Instant at,
      AuditAction action,
      ItemType type,
      UUID itemId,
      List<FieldChange> changes) {
    return new AuditEvent(UUID.randomUUID(), at, actor, action, type, itemId, changes, Map.of());
  }

  /** An event with details but no field changes, with a fresh id. */
  public static AuditEvent withDetails(
      UserId actor,
      Instant at,
      AuditAction action,
      ItemType type,
      UUID itemId,
      Map<String, String> details) {
    return new AuditEvent(UUID.randomUUID(), at, actor, action, type, itemId, List.of(), details);
  }
}
