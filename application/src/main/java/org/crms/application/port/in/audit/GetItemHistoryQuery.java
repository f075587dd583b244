package org.crms.application.port.in.audit;

import java.util.Objects;
import java.util.UUID;
import org.crms.application.port.in.PageLimit;
import org.crms.domain.audit.ItemType;
import org.crms.domain.user.Actor;

/**
 * Input of {@link GetItemHistoryUseCase}.
 *
 * @param after the position of the previous page's last event, or null for the first page
 */
public record GetItemHistoryQuery(
    Actor actor, ItemType itemType, UUID itemId, PageLimit limit, AuditPosition after) {
  public GetItemHistoryQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(itemType, "itemType");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(limit, "limit");
  }
}
