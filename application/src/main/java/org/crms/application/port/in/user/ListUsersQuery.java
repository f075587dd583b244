package org.crms.application.port.in.user;

import java.util.Objects;
import org.crms.application.port.in.PageLimit;
import org.crms.domain.user.Actor;

/** Input of {@link ListUsersUseCase}; {@code after} is null for the first page. */
public record ListUsersQuery(Actor actor, UserFilter filter, PageLimit limit, UserPosition after) {
  public ListUsersQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(limit, "limit");
  }

  /** Every account. */
  public ListUsersQuery(Actor actor, PageLimit limit, UserPosition after) {
    this(actor, UserFilter.all(), limit, after);
  }
}
