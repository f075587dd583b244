package org.crms.adapters.web.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.Formats;
import org.crms.adapters.web.page.Option;
import org.crms.adapters.web.request.RequestListPage.Column;
import org.crms.adapters.web.request.RequestListPage.Filters;
import org.crms.adapters.web.request.RequestListPage.Row;
import org.crms.adapters.web.user.Team;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.in.request.RequestSort;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.user.Actor;

/** Maps one page of the request list, and what the viewer may choose from, to the list page. */
final class RequestListPages {
  static final List<Option> STATUSES =
      Arrays.stream(RequestStatus.values()).map(s -> new Option(s.name(), s.label())).toList();
  static final List<Option> PRIORITIES =
      Arrays.stream(Priority.values()).map(p -> new Option(p.name(), p.label())).toList();
  private static final List<Option> ME_OR_NOBODY =
      List.of(new Option("me", "Me"), new Option("none", RequestChoices.UNASSIGNED));

  private RequestListPages() {}

  /** The parts of the page that come from elsewhere than the request list itself. */
  record Context(
      Chrome chrome, Actor actor, LocalDate today, Team team, RequestListPage.Choices choices) {}

  static RequestListPage of(
      Context context, RequestListLinks links, Page<ClientRequest, RequestPosition> page) {
    var sort = links.parameters().order();
    var rows = page.items().stream().map(r -> row(r, context)).toList();
    var next = page.nextPosition().map(p -> links.nextPage(RequestOrder.cursor(p))).orElse(null);
    var cursor = links.parameters().cursor();
    var first = cursor == null || cursor.isBlank() ? null : links.firstPage();
    return new RequestListPage(
        context.chrome(),
        filters(links.parameters()),
        columns(links, sort),
        rows,
        next,
        first,
        links.csv(),
        links.current(),
        context.choices());
  }

  /** The filter offers every active member; the bulk bar me, nobody, then the other members. */
  static RequestListPage.Choices choices(List<Option> types, List<Option> clients, Team team) {
    var members = team.active();
    var me = team.viewer().value().toString();
    var owners = new ArrayList<>(ME_OR_NOBODY);
    members.stream().filter(m -> !m.value().equals(me)).forEach(owners::add);
    return new RequestListPage.Choices(
        STATUSES, PRIORITIES, types, clients, members, List.copyOf(owners));
  }

  private static Row row(ClientRequest request, Context context) {
    var details = request.details();
    var clientId = details.clientId().value().toString();
    var choices = context.choices();
    return new Row(
        request.id().value().toString(),
        "/requests/" + request.id().value(),
        details.title(),
        details.reference() == null ? "" : details.reference(),
        RequestChoices.label(choices.clients(), clientId, "Client"),
        "/clients/" + clientId,
        RequestChoices.label(choices.types(), details.typeId().value().toString(), "Type"),
        request.status().label(),
        RequestViews.statusCss(request.status()),
        details.priority().label(),
        RequestViews.priorityCss(details.priority()),
        context.team().owner(request.owner()),
        Formats.date(details.dueOn()),
        request.isOverdue(context.today()),
        Formats.dateTime(request.updated().at()),
        Formats.dateTime(request.created().at()));
  }

  private static List<Column> columns(RequestListLinks links, RequestSort sort) {
    return List.of(
        sortable("Title", RequestSort.Key.TITLE, links, sort),
        new Column("Client", null, null),
        new Column("Type", null, null),
        sortable("Status", RequestSort.Key.STATUS, links, sort),
        sortable("Priority", RequestSort.Key.PRIORITY, links, sort),
        new Column("Owner", null, null),
        sortable("Due", RequestSort.Key.DUE, links, sort),
        sortable("Updated", RequestSort.Key.UPDATED, links, sort),
        sortable("Created", RequestSort.Key.CREATED, links, sort));
  }

  private static Column sortable(
      String label, RequestSort.Key key, RequestListLinks links, RequestSort sort) {
    var direction = sort.key() != key ? null : sort.descending() ? "descending" : "ascending";
    return new Column(label, links.sortedBy(sort, key), direction);
  }

  private static Filters filters(RequestListParameters p) {
    return new Filters(
        first(p.status()),
        first(p.priority()),
        text(p.typeId()),
        text(p.clientId()),
        text(p.ownerId()),
        "true".equalsIgnoreCase(text(p.unassigned())),
        "true".equalsIgnoreCase(text(p.mine())),
        "true".equalsIgnoreCase(text(p.overdue())),
        Formats.dateTimeInput(RequestListTimes.parsed(p.createdFrom())),
        Formats.dateTimeInput(RequestListTimes.parsed(p.createdTo())),
        Formats.dateTimeInput(RequestListTimes.parsed(p.updatedFrom())),
        Formats.dateTimeInput(RequestListTimes.parsed(p.updatedTo())),
        text(p.q()),
        text(p.sort()),
        text(p.limit()));
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? "" : values.get(0).strip().toUpperCase(Locale.ROOT);
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
