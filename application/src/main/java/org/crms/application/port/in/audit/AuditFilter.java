package org.crms.application.port.in.audit;

import java.util.Set;
import java.util.UUID;
import org.crms.application.port.in.InstantRange;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.ItemType;
import org.crms.domain.user.UserId;

/**
 * Which events of the audit trail a list shows; every part is optional and the parts combine with
 * "and".
 *
 * @param actor only what this user did; null for anyone, the system included
 * @param actions only events of one of these actions; empty for any action
 * @param itemType only events about items of this kind; null for any kind
 * @param itemId only events about this item; null for any item, also none
 * @param period only events that happened within this range
 */
public record AuditFilter(
    UserId actor, Set<AuditAction> actions, ItemType itemType, UUID itemId, InstantRange period) {
  public AuditFilter {
    actions = actions == null ? Set.of() : Set.copyOf(actions);
    period = period == null ? InstantRange.ANY : period;
  }

  /** Every event. */
  public static AuditFilter all() {
    return new AuditFilter(null, Set.of(), null, null, InstantRange.ANY);
  }

  /** The history of one item. */
  public static AuditFilter ofItem(ItemType type, UUID id) {
    return new AuditFilter(null, Set.of(), type, id, InstantRange.ANY);
  }
}
