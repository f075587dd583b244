package org.crms.adapters.web.request;

import jakarta.inject.Singleton;
import java.util.List;
import org.crms.adapters.web.audit.HistoryLine;
import org.crms.adapters.web.page.Formats;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.audit.GetItemHistoryQuery;
import org.crms.application.port.in.audit.GetItemHistoryUseCase;
import org.crms.application.port.in.audit.ItemNotFoundException;
import org.crms.application.port.in.client.ClientNotFoundException;
import org.crms.application.port.in.client.GetClientQuery;
import org.crms.application.port.in.client.GetClientUseCase;
import org.crms.application.port.in.contact.ContactRecordFilter;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.application.port.in.contact.ListContactRecordsQuery;
import org.crms.application.port.in.contact.ListContactRecordsUseCase;
import org.crms.application.port.in.requesttype.GetRequestTypeQuery;
import org.crms.application.port.in.requesttype.GetRequestTypeUseCase;
import org.crms.application.port.in.requesttype.RequestTypeNotFoundException;
import org.crms.domain.audit.ItemType;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.user.Actor;

/**
 * What a request's page shows beside the request: its client's and type's names, its contact
 * records and its history. A client or type that has gone to the trash meanwhile is named
 * generically rather than failing the page.
 */
@Singleton
final class RequestDetailParts {
  private static final PageLimit LATEST = new PageLimit(PageLimit.MAX);

  private final GetClientUseCase getClient;
  private final GetRequestTypeUseCase getType;
  private final ListContactRecordsUseCase contacts;
  private final GetItemHistoryUseCase history;

  RequestDetailParts(
      GetClientUseCase getClient,
      GetRequestTypeUseCase getType,
      ListContactRecordsUseCase contacts,
      GetItemHistoryUseCase history) {
    this.getClient = getClient;
    this.getType = getType;
    this.contacts = contacts;
    this.history = history;
  }

  String clientName(Actor actor, ClientRequest request) {
    try {
      var client = getClient.get(new GetClientQuery(actor, request.details().clientId()));
      return client.name().value();
    } catch (ClientNotFoundException e) {
      return "Client (in the trash)";
    }
  }

  String typeName(Actor actor, ClientRequest request) {
    try {
      return getType.get(new GetRequestTypeQuery(actor, request.details().typeId())).name().value();
    } catch (RequestTypeNotFoundException e) {
      return "Type (in the trash)";
    }
  }

  List<RequestDetailPage.Contact> contacts(Actor actor, ClientRequest request) {
    var filter =
        new ContactRecordFilter(request.id(), null, null, null, null, null, null, null, null);
    var query =
        new ListContactRecordsQuery(
            actor, filter, false, false, ContactRecordSort.DEFAULT, LATEST, null);
    return contacts.list(query).items().stream()
        .map(
            c ->
                new RequestDetailPage.Contact(
                    Formats.dateTime(c.details().contactedAt()),
                    c.details().fullName(),
                    c.details().method().label(),
                    c.details().outcome().label(),
                    "/contact-records/" + c.id().value()))
        .toList();
  }

  List<HistoryLine> history(Actor actor, ClientRequest request) {
    var query =
        new GetItemHistoryQuery(actor, ItemType.REQUEST, request.id().value(), LATEST, null);
    try {
      return history.history(query).items().stream().map(HistoryLine::from).toList();
    } catch (ItemNotFoundException e) {
      return List.of();
    }
  }
}
