package org.crms.adapters.web.client;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.crms.adapters.web.page.Formats;
import org.crms.adapters.web.user.Team;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.request.ListRequestsQuery;
import org.crms.application.port.in.request.ListRequestsUseCase;
import org.crms.application.port.in.request.RequestFilter;
import org.crms.application.port.in.request.RequestSort;
import org.crms.application.port.in.requesttype.ListRequestTypesQuery;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.user.ListTeamMembersUseCase;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Actor;

/**
 * Reads the requests a client's or a request type's page shows inline: the newest first page of the
 * request list filtered by that client or type, through the same use case as the list, with their
 * owners' usernames.
 */
@Singleton
public final class InlineRequests {
  private static final PageLimit SHOWN = new PageLimit(25);

  private final ListRequestsUseCase listRequests;
  private final ListRequestTypesUseCase listTypes;
  private final ListTeamMembersUseCase listTeam;
  private final Clock clock;

  InlineRequests(
      ListRequestsUseCase listRequests,
      ListRequestTypesUseCase listTypes,
      ListTeamMembersUseCase listTeam,
      Clock clock) {
    this.listRequests = listRequests;
    this.listTypes = listTypes;
    this.listTeam = listTeam;
    this.clock = clock;
  }

  /** A client's requests, each with its type's name. */
  public InlineRequest.Section ofClient(Actor actor, ClientId client) {
    var filter = RequestFilter.builder().clientId(client).build();
    return section(actor, filter, true, "/requests?clientId=" + client.value());
  }

  /** The requests of a type. */
  public InlineRequest.Section ofType(Actor actor, RequestTypeId type) {
    var filter = RequestFilter.builder().typeId(type).build();
    return section(actor, filter, false, "/requests?typeId=" + type.value());
  }

  private InlineRequest.Section section(
      Actor actor, RequestFilter filter, boolean withTypes, String allHref) {
    var page =
        listRequests.list(new ListRequestsQuery(actor, filter, RequestSort.DEFAULT, SHOWN, null));
    Map<RequestTypeId, String> types =
        !withTypes ? null : page.items().isEmpty() ? Map.of() : typeNames(actor);
    var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    var team = page.items().isEmpty() ? null : Team.read(listTeam, actor);
    var rows = page.items().stream().map(r -> row(r, team, types, today)).toList();
    return new InlineRequest.Section(rows, page.nextPosition().isPresent(), allHref);
  }

  /** The names of the types, from one page of the largest size: a team has a few dozen types. */
  private Map<RequestTypeId, String> typeNames(Actor actor) {
    var query =
        new ListRequestTypesQuery(
            actor, RequestTypeFilter.all(), new PageLimit(PageLimit.MAX), null);
    var names = new HashMap<RequestTypeId, String>();
    for (RequestType type : listTypes.list(query).items()) {
      names.put(type.id(), type.name().value());
    }
    return names;
  }

  /**
   * @param types the names of the types, or null to leave the type out (on the type's own page)
   */
  private static InlineRequest row(
      ClientRequest request,
      Team team,
      @Nullable Map<RequestTypeId, String> types,
      LocalDate today) {
    var details = request.details();
    var status = request.status();
    return new InlineRequest(
        request.id().value().toString(),
        details.title(),
        types == null ? null : types.getOrDefault(details.typeId(), "(not loaded)"),
        status.label(),
        "badge badge-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        team.owner(request.owner()),
        Formats.date(details.dueOn()),
        request.isOverdue(today));
  }
}
