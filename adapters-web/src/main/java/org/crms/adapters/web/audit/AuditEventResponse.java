package org.crms.adapters.web.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crms.application.port.in.audit.AuditEntry;

/**
 * One event of the audit trail as the API shows it, in an item's history and in the global log.
 *
 * @param at when it happened
 * @param action what happened, e.g. {@code UPDATED}
 * @param itemType the kind of item it happened to, e.g. {@code CLIENT}
 * @param itemId the item; null when there is none (a failed login for an unknown name)
 * @param actor who did it; null when the system itself or an anonymous caller acted
 * @param changes for changes of fields, each field with its value before and after, as text
 * @param details facts that are not field changes, e.g. the name of a token
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record AuditEventResponse(
    UUID id,
    Instant at,
    String action,
    String itemType,
    UUID itemId,
    Actor actor,
    List<Change> changes,
    Map<String, String> details) {

  /** The user who acted. */
  @Serdeable
  record Actor(UUID id, String username) {}

  /**
   * One field that changed.
   *
   * @param from the value before, null for none
   * @param to the value after, null for none
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Change(String field, String from, String to) {}

  static AuditEventResponse from(AuditEntry entry) {
    var event = entry.event();
    var actor =
        event.actor() == null ? null : new Actor(event.actor().value(), entry.actorName().value());
    return new AuditEventResponse(
        event.id(),
        event.occurredAt(),
        event.action().name(),
        event.itemType().name(),
        event.itemId(),
        actor,
        event.changes().stream()
            .map(c -> new Change(c.field(), c.oldValue(), c.newValue()))
            .toList(),
        event.details());
  }
}
