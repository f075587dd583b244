package org.crms.adapters.web.request;

import jakarta.inject.Singleton;
import java.util.List;
import org.crms.adapters.web.page.Option;
import org.crms.adapters.web.user.Team;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.client.ClientFilter;
import org.crms.application.port.in.client.ListClientsQuery;
import org.crms.application.port.in.client.ListClientsUseCase;
import org.crms.application.port.in.requesttype.ListRequestTypesQuery;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.user.ListTeamMembersUseCase;
import org.crms.domain.user.Actor;

/**
 * The clients, request types and users the request pages offer in their select boxes and name in
 * their tables: the first page of each list, as large as a page may be, and the whole team, which
 * every signed-in user may read.
 */
@Singleton
final class RequestChoices {
  static final String UNASSIGNED = Team.UNASSIGNED;
  private static final PageLimit ALL = new PageLimit(PageLimit.MAX);

  private final ListClientsUseCase clients;
  private final ListRequestTypesUseCase types;
  private final ListTeamMembersUseCase team;

  RequestChoices(
      ListClientsUseCase clients, ListRequestTypesUseCase types, ListTeamMembersUseCase team) {
    this.clients = clients;
    this.types = types;
    this.team = team;
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

  /** Every account, to name owners and offer the active ones: one call per page. */
  Team team(Actor actor) {
    return Team.read(team, actor);
  }

  /** The label of the option with that value, or the fallback when it is not among them. */
  static String label(List<Option> options, String value, String fallback) {
    return options.stream()
        .filter(o -> o.value().equals(value))
        .map(Option::label)
        .findFirst()
        .orElse(fallback);
  }

  private static Option option(String value, String name, boolean active) {
    return new Option(value, active ? name : name + " (inactive)");
  }
}
