package org.crms.adapters.web.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.BiFunction;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.CsvExports;
import org.crms.adapters.web.shared.PageResponse;
import org.crms.adapters.web.shared.QueryFlags;
import org.crms.adapters.web.shared.QueryValues;
import org.crms.adapters.web.shared.SortParameter;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.client.ClientFilter;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.application.port.in.client.ListClientsQuery;
import org.crms.application.port.in.client.ListClientsUseCase;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientId;

/**
 * The client list of the JSON API: filtered, sorted and paged by keyset, under the client
 * resource's path ({@link ClientController}).
 */
@Controller(ClientController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.CLIENTS)
final class ClientListController {
  private final ListClientsUseCase listClients;
  private final CsvExports csvExports;

  ClientListController(ListClientsUseCase listClients, CsvExports csvExports) {
    this.listClients = listClients;
    this.csvExports = csvExports;
  }

  /**
   * Lists live clients, one page at a time.
   *
   * @param limit how many clients a page holds, 1 to 200 (default 50)
   * @param cursor the {@code nextCursor} of the previous page, to continue after it; only valid
   *     with the same {@code sort}
   * @param active {@code true} for active clients only, {@code false} for inactive ones only
   * @param q a fragment of the name, matched anywhere in it regardless of case
   * @param sort {@code name} (the default), {@code created} or {@code updated}; a leading {@code -}
   *     sorts in descending order, e.g. {@code -updated} for the latest change first
   * @param createdFrom only clients created at or after this instant (ISO-8601 with offset, e.g.
   *     {@code 2026-03-01T00:00:00Z})
   * @param createdTo only clients created before this instant
   * @param updatedFrom only clients last changed at or after this instant
   * @param updatedTo only clients last changed before this instant
   * @param format {@code json} (the default) or {@code csv}: every item matching the filters, in
   *     the list's order, as one CSV file; {@code limit} and {@code cursor} are ignored. {@code
   *     Accept: text/csv} without JSON does the same.
   * @param request the request, whose {@code Accept} header may ask for CSV
   * @param authentication the caller
   */
  @Get(produces = {MediaType.APPLICATION_JSON, CsvExports.TEXT_CSV})
  @ApiDocs.Lists
  @ApiResponse(
      responseCode = "200",
      description = ApiDocs.LIST_OR_CSV,
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ClientPage")),
        @Content(mediaType = CsvExports.TEXT_CSV, schema = @Schema(type = "string"))
      })
  HttpResponse<?> listClients(
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      @QueryValue @Nullable String active,
      @QueryValue @Nullable String q,
      @QueryValue @Nullable String sort,
      @QueryValue @Nullable String createdFrom,
      @QueryValue @Nullable String createdTo,
      @QueryValue @Nullable String updatedFrom,
      @QueryValue @Nullable String updatedTo,
      @QueryValue @Nullable String format,
      HttpRequest<?> request,
      Authentication authentication) {
    var actor = Actors.from(authentication);
    var order = SortParameter.parse(sort);
    var filter =
        new ClientFilter(
            QueryFlags.parse("active", active),
            q,
            QueryValues.range("createdFrom", createdFrom, "createdTo", createdTo),
            QueryValues.range("updatedFrom", updatedFrom, "updatedTo", updatedTo));
    BiFunction<PageLimit, ClientPosition, Page<Client, ClientPosition>> pages =
        (size, after) -> listClients.list(new ListClientsQuery(actor, filter, order, size, after));
    if (CsvExports.requested(request, format)) {
      return csvExports.export("clients.csv", ClientCsv.COLUMNS, pages);
    }
    return page(pages, PageLimit.orDefault(limit), cursor, order);
  }

  private static HttpResponse<PageResponse<ClientResponse>> page(
      BiFunction<PageLimit, ClientPosition, Page<Client, ClientPosition>> pages,
      PageLimit limit,
      String cursor,
      ListOrder order) {
    var after =
        SortParameter.after(
            cursor,
            order,
            (key, name, at, id) -> new ClientPosition(key, name, at, new ClientId(id)));
    return HttpResponse.ok(
        PageResponse.of(
            pages.apply(limit, after),
            ClientResponse::from,
            position ->
                SortParameter.cursor(
                    order, position.id().value(), position.name(), position.at())));
  }
}
