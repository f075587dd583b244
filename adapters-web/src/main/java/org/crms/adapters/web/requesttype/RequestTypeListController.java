package org.crms.adapters.web.requesttype;

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
import org.crms.application.port.in.requesttype.ListRequestTypesQuery;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeId;

/**
 * The request type list of the JSON API: filtered, sorted and paged by keyset, under the request
 * type resource's path ({@link RequestTypeController}).
 */
@Controller(RequestTypeController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.REQUEST_TYPES)
final class RequestTypeListController {
  private final ListRequestTypesUseCase listTypes;
  private final CsvExports csvExports;

  RequestTypeListController(ListRequestTypesUseCase listTypes, CsvExports csvExports) {
    this.listTypes = listTypes;
    this.csvExports = csvExports;
  }

  /**
   * Lists live request types, one page at a time.
   *
   * @param limit how many request types a page holds, 1 to 200 (default 50)
   * @param cursor the {@code nextCursor} of the previous page, to continue after it; only valid
   *     with the same {@code sort}
   * @param active {@code true} for active request types only, {@code false} for inactive ones only
   * @param q a fragment of the name, matched anywhere in it regardless of case
   * @param sort {@code name} (the default), {@code created} or {@code updated}; a leading {@code -}
   *     sorts in descending order, e.g. {@code -updated} for the latest change first
   * @param createdFrom only request types created at or after this instant (ISO-8601 with offset,
   *     e.g. {@code 2026-03-01T00:00:00Z})
   * @param createdTo only request types created before this instant
   * @param updatedFrom only request types last changed at or after this instant
   * @param updatedTo only request types last changed before this instant
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
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestTypePage")),
        @Content(mediaType = CsvExports.TEXT_CSV, schema = @Schema(type = "string"))
      })
  HttpResponse<?> listRequestTypes(
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
        new RequestTypeFilter(
            QueryFlags.parse("active", active),
            q,
            QueryValues.range("createdFrom", createdFrom, "createdTo", createdTo),
            QueryValues.range("updatedFrom", updatedFrom, "updatedTo", updatedTo));
    BiFunction<PageLimit, RequestTypePosition, Page<RequestType, RequestTypePosition>> pages =
        (size, after) ->
            listTypes.list(new ListRequestTypesQuery(actor, filter, order, size, after));
    if (CsvExports.requested(request, format)) {
      return csvExports.export("request-types.csv", RequestTypeCsv.COLUMNS, pages);
    }
    return page(pages, PageLimit.orDefault(limit), cursor, order);
  }

  private static HttpResponse<PageResponse<RequestTypeResponse>> page(
      BiFunction<PageLimit, RequestTypePosition, Page<RequestType, RequestTypePosition>> pages,
      PageLimit limit,
      String cursor,
      ListOrder order) {
    var after =
        SortParameter.after(
            cursor,
            order,
            (key, name, at, id) -> new RequestTypePosition(key, name, at, new RequestTypeId(id)));
    return HttpResponse.ok(
        PageResponse.of(
            pages.apply(limit, after),
            RequestTypeResponse::from,
            position ->
                SortParameter.cursor(
                    order, position.id().value(), position.name(), position.at())));
  }
}
