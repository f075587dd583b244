package org.crms.adapters.web.request;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.util.UUID;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.PageResponse;
import org.crms.application.port.in.request.GetRequestQuery;
import org.crms.application.port.in.request.GetRequestUseCase;
import org.crms.application.port.in.request.ListRequestsQuery;
import org.crms.application.port.in.request.ListRequestsUseCase;
import org.crms.domain.request.ClientRequestId;

/**
 * The client request resource of the JSON API: list, read, open and edit. Permissions and rules are
 * decided by the use cases; here only authentication. Status moves, bulk edits and the trash have
 * controllers of their own under the same path.
 */
@Controller(ClientRequestController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ClientRequestController {
  static final String PATH = "/api/v1/requests";

  private final ListRequestsUseCase listRequests;
  private final GetRequestUseCase getRequest;
  private final Clock clock;

  ClientRequestController(
      ListRequestsUseCase listRequests, GetRequestUseCase getRequest, Clock clock) {
    this.listRequests = listRequests;
    this.getRequest = getRequest;
    this.clock = clock;
  }

  /**
   * Lists live requests, filtered and sorted, one page at a time.
   *
   * @param parameters the filters, the sort, the page size and the cursor
   * @param authentication the caller
   * @return a page of requests and the cursor of the next page, null on the last
   */
  @Get
  PageResponse<ClientRequestResponse> list(
      @RequestBean RequestListParameters parameters, Authentication authentication) {
    var sort = parameters.order();
    var query =
        new ListRequestsQuery(
            Actors.from(authentication),
            parameters.filter(),
            sort,
            parameters.pageLimit(),
            RequestOrder.after(parameters.cursor(), sort));
    var today = ClientRequestResponse.today(clock);
    return PageResponse.of(
        listRequests.list(query),
        request -> ClientRequestResponse.from(request, today),
        RequestOrder::cursor);
  }

  /**
   * Reads one live request; its version is the {@code ETag}.
   *
   * @param id the request's id
   * @param authentication the caller
   * @return the request
   */
  @Get("/{id}")
  HttpResponse<ClientRequestResponse> get(UUID id, Authentication authentication) {
    var query = new GetRequestQuery(Actors.from(authentication), new ClientRequestId(id));
    return ClientRequestResponse.tagged(getRequest.get(query), ClientRequestResponse.today(clock));
  }
}
