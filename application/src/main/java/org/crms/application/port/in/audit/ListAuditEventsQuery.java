package org.crms.application.port.in.audit;

import java.util.Objects;
import org.crms.application.port.in.PageLimit;
import org.crms.domain.user.Actor;

/**
 * Input of {@link ListAuditEventsUseCase}.
 *
 * @param after the position of the previous page's last event, or null for the first page
 */
public record ListAuditEventsQuery(
    Actor actor, AuditFilter filter, PageLimit limit, AuditPosition after) {
  public ListAuditEventsQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(limit, "limit");
  }
}
