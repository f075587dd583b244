package org.crms.adapters.web.request;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.crms.adapters.web.page.Option;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.client.ClientFilter;
import org.crms.application.port.in.client.ListClientsQuery;
import org.crms.application.port.in.client.ListClientsUseCase;
import org.crms.application.port.in.requesttype.ListRequestTypesQuery;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.user.ListUsersQuery;
import org.crms.application.port.in.user.ListUsersUseCase;
import org.crms.application.port.in.user.UserFilter;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;

/**
 * The clients, request types and users the request pages offer in their select boxes and name in
 * their tables: the first page of each list, as large as a page may be. Users only for admins, who
 * alone may list them; everyone else sees "You", "Unassigned" or "Another user".
 */
@Singleton
final class RequestChoices {
  static final String UNASSIGNED = "Unassigned";
  private static final PageLimit ALL = new PageLimit(PageLimit.MAX);

  private final ListClientsUseCase clients;
  private final ListRequestTypesUseCase types;
  private final ListUsersUseCase users;

  RequestChoices(
      ListClientsUseCase clients, ListRequestTypesUseCase types, ListUsersUseCase users) {
    this.clients = clients;
    this.types = types;
    this.users = users;
  }

  /** Every live client by name; inactive ones say so. */
  List<Option> clients(Actor actor) {
    var page = clients.list(new ListClientsQuery(actor, ClientFilter.all(), ALL, null));
    return page.items().stream()
        .map(c -> option(c.id().value().toString(), c.name().value(), c.isActive()))
        .toList();
  }

  /** Every live request type by name; inactive ones say so. */
  List<Option> types(Actor actor) {
    var page = types.list(new ListRequestTypesQuery(actor, RequestTypeFilter.all(), ALL, null));
    return page.items().stream()
        .map(t -> option(t.id().value().toString(), t.name().value(), t.isActive()))
        .toList();
  }

  /** The active users by username, for admins; nothing for others (who may not list users). */
  List<Option> users(Actor actor) {
    if (actor.role() != Role.ADMIN) {
      return List.of();
    }
    var filter = new UserFilter(true, null, null);
    return users.list(new ListUsersQuery(actor, filter, ALL, null)).items().stream()
        .map(u -> new Option(u.id().value().toString(), u.username().value()))
        .toList();
  }

  /** The label of the option with that value, or the fallback when it is not among them. */
  static String label(List<Option> options, String value, String fallback) {
    return options.stream()
        .filter(o -> o.value().equals(value))
        .map(Option::label)
        .findFirst()
        .orElse(fallback);
  }

  /** Who owns a request, as the viewer reads it. */
  static String owner(Optional<UserId> owner, Actor viewer, List<Option> users) {
    if (owner.isEmpty()) {
      return UNASSIGNED;
    }
    if (owner.get().equals(viewer.userId())) {
      return "You";
    }
    return label(users, owner.get().value().toString(), "Another user");
  }

  private static Option option(String value, String name, boolean active) {
    return new Option(value, active ? name : name + " (inactive)");
  }
}
