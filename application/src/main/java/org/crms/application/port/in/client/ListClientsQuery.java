package org.crms.application.port.in.client;

import java.util.Objects;
import org.crms.application.port.in.PageLimit;
import org.crms.domain.user.Actor;

/**
 * Input of {@link ListClientsUseCase}.
 *
 * @param after the position of the previous page's last client, or null for the first page
 */
public record ListClientsQuery(
    Actor actor, ClientFilter filter, PageLimit limit, ClientPosition after) {
  public ListClientsQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(limit, "limit");
  }
}
