package org.crms.application.port.in.requesttype;

import java.util.Objects;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.PageLimit;
import org.crms.domain.user.Actor;

/**
 * Input of {@link ListRequestTypesUseCase}.
 *
 * @param after the position of the previous page's last type, in the same order, or null for the
 *     first page
 */
public record ListRequestTypesQuery(
    Actor actor,
    RequestTypeFilter filter,
    ListOrder order,
    PageLimit limit,
    RequestTypePosition after) {
  public ListRequestTypesQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(limit, "limit");
    if (after != null && after.key() != order.key()) {
      throw new IllegalArgumentException("the position is not one of this order");
    }
  }

  /** A page of the list in name order. */
  public ListRequestTypesQuery(
      Actor actor, RequestTypeFilter filter, PageLimit limit, RequestTypePosition after) {
    this(actor, filter, ListOrder.BY_NAME, limit, after);
  }
}
