package org.crms.application.port.in.request;

import java.util.Objects;
import org.crms.application.port.in.PageLimit;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.Actor;

/**
 * Input of {@link ListRequestsUseCase}.
 *
 * @param after the position of the previous page's last request, in the same sort order, or null
 *     for the first page
 */
public record ListRequestsQuery(
    Actor actor, RequestFilter filter, RequestSort sort, PageLimit limit, RequestPosition after) {
  public ListRequestsQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(limit, "limit");
    if (after != null && !after.sort().equals(sort)) {
      throw new InvalidValueException("cursor", "This cursor belongs to another sort order.");
    }
  }
}
