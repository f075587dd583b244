package org.crms.adapters.web.request;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.UUID;
import java.util.function.BiFunction;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.CsvExports;
import org.crms.adapters.web.shared.PageResponse;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.request.GetRequestQuery;
import org.crms.application.port.in.request.GetRequestUseCase;
import org.crms.application.port.in.request.ListRequestsQuery;
import org.crms.application.port.in.request.ListRequestsUseCase;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;

/**
 * The client request resource of the JSON API: list, read, open and edit. Permissions and rules are
 * decided by the use cases; here only authentication. Status moves, bulk edits and the trash have
 * controllers of their own under the same path.
 */
@Controller(ClientRequestController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.CLIENT_REQUESTS)
final class ClientRequestController {
  static final String PATH = "/api/v1/requests";

  private final ListRequestsUseCase listRequests;
  private final GetRequestUseCase getRequest;
  private final Clock clock;
  private final CsvExports csvExports;

  ClientRequestController(
      ListRequestsUseCase listRequests,
      GetRequestUseCase getRequest,
      Clock clock,
      CsvExports csvExports) {
    this.listRequests = listRequests;
    this.getRequest = getRequest;
    this.clock = clock;
    this.csvExports = csvExports;
  }

  /**
   * Lists live requests, filtered and sorted, one page at a time; or all of them as CSV.
   *
   * @param parameters the filters, the sort, the page size, the cursor and the format
   * @param request the request, whose {@code Accept} header may ask for CSV
   * @param authentication the caller
   */
  @Get(produces = {MediaType.APPLICATION_JSON, CsvExports.TEXT_CSV})
  @ApiDocs.Lists
  @ApiResponse(
      responseCode = "200",
      description = ApiDocs.LIST_OR_CSV,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ClientRequestPage")),
        @Content(mediaType = CsvExports.TEXT_CSV, schema = @Schema(type = "string"))
      })
  HttpResponse<?> listClientRequests(
      @RequestBean RequestListParameters parameters,
      HttpRequest<?> request,
      Authentication authentication) {
    var actor = Actors.from(authentication);
    var filter = parameters.filter();
    var sort = parameters.order();
    BiFunction<PageLimit, RequestPosition, Page<ClientRequest, RequestPosition>> pages =
        (size, after) -> listRequests.list(new ListRequestsQuery(actor, filter, sort, size, after));
    var today = ClientRequestResponse.today(clock);
    if (CsvExports.requested(request, parameters.format())) {
      return csvExports.export("requests.csv", ClientRequestCsv.columns(today), pages);
    }
    var page = pages.apply(parameters.pageLimit(), RequestOrder.after(parameters.cursor(), sort));
    return HttpResponse.ok(
        PageResponse.of(
            page, item -> ClientRequestResponse.from(item, today), RequestOrder::cursor));
  }

  /**
   * Reads one live request; its version is the {@code ETag}.
   *
   * @param id the request's id
   * @param authentication the caller
   * @return the request
   */
  @Get("/{id}")
  @ApiDocs.Reads
  HttpResponse<ClientRequestResponse> getClientRequest(UUID id, Authentication authentication) {
    var query = new GetRequestQuery(Actors.from(authentication), new ClientRequestId(id));
    return ClientRequestResponse.tagged(getRequest.get(query), ClientRequestResponse.today(clock));
  }
}
