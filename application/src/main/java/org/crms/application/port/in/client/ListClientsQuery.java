package org.crms.application.port.in.client;

import java.util.Objects;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.PageLimit;
import org.crms.domain.user.Actor;

/**
 * Input of {@link ListClientsUseCase}.
 *
 * @param after the position of the previous page's last client, in the same order, or null for the
 *     first page
 */
public record ListClientsQuery(
    Actor actor, ClientFilter filter, ListOrder order, PageLimit limit, ClientPosition after) {
  public ListClientsQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(limit, "limit");
    if (after != null && after.key() != order.key()) {
      throw new IllegalArgumentException("the position is not one of this order");
    }
  }

  /** A page of the list in name order. */
  public ListClientsQuery(Actor actor, ClientFilter filter, PageLimit limit, ClientPosition after) {
    this(actor, filter, ListOrder.BY_NAME, limit, after);
  }
}
