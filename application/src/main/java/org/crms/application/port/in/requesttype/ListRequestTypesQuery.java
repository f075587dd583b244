package org.crms.application.port.in.requesttype;

import java.util.Objects;
import org.crms.application.port.in.PageLimit;
import org.crms.domain.user.Actor;

/** Input of {@link ListRequestTypesUseCase}; {@code after} is null for the first page. */
public record ListRequestTypesQuery(
    Actor actor, RequestTypeFilter filter, PageLimit limit, RequestTypePosition after) {
  public ListRequestTypesQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(limit, "limit");
  }
}
