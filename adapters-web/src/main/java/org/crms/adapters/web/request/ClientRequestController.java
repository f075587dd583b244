package org.crms.adapters.web.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.EntityTags;
import org.crms.adapters.web.shared.PageResponse;
import org.crms.application.port.in.request.GetRequestQuery;
import org.crms.application.port.in.request.GetRequestUseCase;
import org.crms.application.port.in.request.ListRequestsQuery;
import org.crms.application.port.in.request.ListRequestsUseCase;
import org.crms.application.port.in.request.OpenRequestCommand;
import org.crms.application.port.in.request.OpenRequestUseCase;
import org.crms.application.port.in.request.UpdateRequestCommand;
import org.crms.application.port.in.request.UpdateRequestUseCase;
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
  private final OpenRequestUseCase openRequest;
  private final UpdateRequestUseCase updateRequest;
  private final Clock clock;

  ClientRequestController(
      ListRequestsUseCase listRequests,
      GetRequestUseCase getRequest,
      OpenRequestUseCase openRequest,
      UpdateRequestUseCase updateRequest,
      Clock clock) {
    this.listRequests = listRequests;
    this.getRequest = getRequest;
    this.openRequest = openRequest;
    this.updateRequest = updateRequest;
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

  /**
   * Opens a new, pending request; without a due date it is due the type's target days from today.
   *
   * @param payload the request's fields
   * @param authentication the caller
   * @return 201 with the request, its {@code Location} and {@code ETag}
   */
  @Post
  HttpResponse<ClientRequestResponse> open(
      @Body ClientRequestPayload payload, Authentication authentication) {
    var parsed = payload.parse();
    var command =
        new OpenRequestCommand(Actors.from(authentication), parsed.details(), parsed.owner());
    var request = openRequest.open(command);
    var body = ClientRequestResponse.from(request, ClientRequestResponse.today(clock));
    var location = URI.create(PATH + "/" + request.id());
    return EntityTags.tagged(HttpResponse.created(body, location), request.version());
  }

  /**
   * Replaces every editable field of a request (a field left out is cleared), provided it is still
   * at the version given in {@code If-Match}.
   *
   * @param id the request's id
   * @param ifMatch the {@code ETag} the change is based on (required: 428 without, 412 if stale)
   * @param payload every editable field
   * @param authentication the caller
   * @return the request as stored, with its new {@code ETag}
   */
  @Put("/{id}")
  HttpResponse<ClientRequestResponse> update(
      UUID id,
      @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
      @Body ClientRequestPayload payload,
      Authentication authentication) {
    var requestId = new ClientRequestId(id);
    var expectedVersion = EntityTags.expectedVersion(ifMatch, "Request", requestId);
    var parsed = payload.parse();
    var command =
        new UpdateRequestCommand(
            Actors.from(authentication),
            requestId,
            expectedVersion,
            parsed.details(),
            parsed.owner());
    return ClientRequestResponse.tagged(
        updateRequest.update(command), ClientRequestResponse.today(clock));
  }
}
