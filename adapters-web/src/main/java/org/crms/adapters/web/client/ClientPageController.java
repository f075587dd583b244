package org.crms.adapters.web.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Instant;
import java.util.UUID;
import org.crms.adapters.web.audit.ItemHistoryLines;
import org.crms.adapters.web.page.NamedListFilters;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.SortParameter;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.client.ClientFilter;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.application.port.in.client.GetClientQuery;
import org.crms.application.port.in.client.GetClientUseCase;
import org.crms.application.port.in.client.ListClientsQuery;
import org.crms.application.port.in.client.ListClientsUseCase;
import org.crms.domain.audit.ItemType;
import org.crms.domain.client.ClientId;

/**
 * The client list and a client's page. The list reads the same parameters as the API's ({@link
 * ClientListController}); forms are in {@link ClientFormController} and {@link
 * ClientTrashPageController}.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class ClientPageController {
  static final String LIST = "/clients";

  private final Pages pages;
  private final ListClientsUseCase listClients;
  private final GetClientUseCase getClient;
  private final InlineRequests requests;
  private final ItemHistoryLines history;

  ClientPageController(
      Pages pages,
      ListClientsUseCase listClients,
      GetClientUseCase getClient,
      InlineRequests requests,
      ItemHistoryLines history) {
    this.pages = pages;
    this.listClients = listClients;
    this.getClient = getClient;
    this.requests = requests;
    this.history = history;
  }

  @Get(LIST)
  HttpResponse<?> list(
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      @QueryValue @Nullable String active,
      @QueryValue @Nullable String q,
      @QueryValue @Nullable String sort,
      @QueryValue @Nullable String createdFrom,
      @QueryValue @Nullable String createdTo,
      @QueryValue @Nullable String updatedFrom,
      @QueryValue @Nullable String updatedTo,
      HttpRequest<?> request,
      Authentication authentication) {
    var filters =
        NamedListFilters.parse(
            q, active, sort, createdFrom, createdTo, updatedFrom, updatedTo, limit);
    var order = filters.order();
    var after = SortParameter.after(cursor, order, ClientPageController::position);
    var filter =
        new ClientFilter(filters.active(), filters.q(), filters.created(), filters.updated());
    var found =
        listClients.list(
            new ListClientsQuery(
                Actors.from(authentication), filter, order, filters.limit(), after));
    var next =
        found
            .nextPosition()
            .map(p -> SortParameter.cursor(order, p.id().value(), p.name(), p.at()));
    var page =
        ClientListPage.of(
            pages.chrome(request), filters, found.items(), next.orElse(null), after != null);
    return pages.ok(request, "client/list.jte", page);
  }

  @Get(LIST + "/{id}")
  HttpResponse<?> detail(UUID id, HttpRequest<?> request, Authentication authentication) {
    var actor = Actors.from(authentication);
    var client = getClient.get(new GetClientQuery(actor, new ClientId(id)));
    var page =
        ClientDetailPage.of(
            pages.chrome(request),
            client,
            requests.ofClient(actor, client.id()),
            history.latest(actor, ItemType.CLIENT, id));
    return pages.ok(request, "client/detail.jte", page);
  }

  private static ClientPosition position(ListOrder.Key key, String name, Instant at, UUID id) {
    return new ClientPosition(key, name, at, new ClientId(id));
  }
}
