package org.crms.adapters.web.requesttype;

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
import org.crms.adapters.web.client.InlineRequests;
import org.crms.adapters.web.page.NamedListFilters;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.SortParameter;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.requesttype.GetRequestTypeQuery;
import org.crms.application.port.in.requesttype.GetRequestTypeUseCase;
import org.crms.application.port.in.requesttype.ListRequestTypesQuery;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.crms.domain.audit.ItemType;
import org.crms.domain.requesttype.RequestTypeId;

/**
 * The request type list and a type's page. The list reads the same parameters as the API's ({@link
 * RequestTypeListController}); forms are in {@link RequestTypeFormController} and {@link
 * RequestTypeTrashPageController}.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class RequestTypePageController {
  static final String LIST = "/request-types";

  private final Pages pages;
  private final ListRequestTypesUseCase listTypes;
  private final GetRequestTypeUseCase getType;
  private final InlineRequests requests;
  private final ItemHistoryLines history;

  RequestTypePageController(
      Pages pages,
      ListRequestTypesUseCase listTypes,
      GetRequestTypeUseCase getType,
      InlineRequests requests,
      ItemHistoryLines history) {
    this.pages = pages;
    this.listTypes = listTypes;
    this.getType = getType;
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
    var after = SortParameter.after(cursor, order, RequestTypePageController::position);
    var filter =
        new RequestTypeFilter(filters.active(), filters.q(), filters.created(), filters.updated());
    var found =
        listTypes.list(
            new ListRequestTypesQuery(
                Actors.from(authentication), filter, order, filters.limit(), after));
    var next =
        found
            .nextPosition()
            .map(p -> SortParameter.cursor(order, p.id().value(), p.name(), p.at()));
    var page =
        RequestTypeListPage.of(
            pages.chrome(request), filters, found.items(), next.orElse(null), after != null);
    return pages.ok(request, "requesttype/list.jte", page);
  }

  @Get(LIST + "/{id}")
  HttpResponse<?> detail(UUID id, HttpRequest<?> request, Authentication authentication) {
    var actor = Actors.from(authentication);
    var type = getType.get(new GetRequestTypeQuery(actor, new RequestTypeId(id)));
    var page =
        RequestTypeDetailPage.of(
            pages.chrome(request),
            type,
            requests.ofType(actor, type.id()),
            history.latest(actor, ItemType.REQUEST_TYPE, id));
    return pages.ok(request, "requesttype/detail.jte", page);
  }

  private static RequestTypePosition position(ListOrder.Key key, String name, Instant at, UUID id) {
    return new RequestTypePosition(key, name, at, new RequestTypeId(id));
  }
}
