package org.crms.adapters.web.request;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.Formats;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.user.Actor;

/** Puts a request's page together: the request, the moves its status allows, and its parts. */
@Singleton
final class RequestDetailPages {
  private final RequestDetailParts parts;
  private final RequestChoices choices;
  private final Clock clock;

  RequestDetailPages(RequestDetailParts parts, RequestChoices choices, Clock clock) {
    this.parts = parts;
    this.choices = choices;
    this.clock = clock;
  }

  RequestDetailPage page(Chrome chrome, Actor actor, ClientRequest request) {
    return new RequestDetailPage(
        chrome,
        facts(actor, request),
        moves(request.status()),
        parts.contacts(actor, request),
        parts.history(actor, request));
  }

  /** One button per status the workflow lets this one move to. */
  static List<RequestDetailPage.Move> moves(RequestStatus from) {
    return Arrays.stream(RequestStatus.values())
        .filter(from::canMoveTo)
        .map(to -> new RequestDetailPage.Move(to.name(), RequestViews.moveLabel(from, to)))
        .toList();
  }

  private RequestDetailPage.Facts facts(Actor actor, ClientRequest request) {
    var details = request.details();
    return new RequestDetailPage.Facts(
        request.id().value().toString(),
        details.title(),
        parts.clientName(actor, request),
        "/clients/" + details.clientId().value(),
        parts.typeName(actor, request),
        request.status().label(),
        RequestViews.statusCss(request.status()),
        details.priority().label(),
        RequestViews.priorityCss(details.priority()),
        choices.team(actor).owner(request.owner()),
        Formats.date(details.dueOn()),
        request.isOverdue(ClientRequestResponse.today(clock)),
        details.reference() == null ? "" : details.reference(),
        details.description() == null ? "" : details.description(),
        Formats.dateTime(request.created().at()),
        Formats.dateTime(request.updated().at()),
        Formats.dateTime(request.startedAt().orElse(null)),
        Formats.dateTime(request.completedAt().orElse(null)),
        request.version());
  }
}
