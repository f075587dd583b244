package org.crms.adapters.web.requesttype;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.PageResponse;
import org.crms.adapters.web.shared.QueryFlags;
import org.crms.adapters.web.shared.QueryValues;
import org.crms.adapters.web.shared.SortParameter;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.requesttype.ListRequestTypesQuery;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.crms.domain.requesttype.RequestTypeId;

/**
 * The request type list of the JSON API: filtered, sorted and paged by keyset, under the request
 * type resource's path ({@link RequestTypeController}).
 */
@Controller(RequestTypeController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class RequestTypeListController {
  private final ListRequestTypesUseCase listTypes;

  RequestTypeListController(ListRequestTypesUseCase listTypes) {
    this.listTypes = listTypes;
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
   * @param authentication the caller
   */
  @Get
  PageResponse<RequestTypeResponse> list(
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      @QueryValue @Nullable String active,
      @QueryValue @Nullable String q,
      @QueryValue @Nullable String sort,
      @QueryValue @Nullable String createdFrom,
      @QueryValue @Nullable String createdTo,
      @QueryValue @Nullable String updatedFrom,
      @QueryValue @Nullable String updatedTo,
      Authentication authentication) {
    var order = SortParameter.parse(sort);
    var filter =
        new RequestTypeFilter(
            QueryFlags.parse("active", active),
            q,
            QueryValues.range("createdFrom", createdFrom, "createdTo", createdTo),
            QueryValues.range("updatedFrom", updatedFrom, "updatedTo", updatedTo));
    var after =
        SortParameter.after(
            cursor,
            order,
            (key, name, at, id) -> new RequestTypePosition(key, name, at, new RequestTypeId(id)));
    var query =
        new ListRequestTypesQuery(
            Actors.from(authentication), filter, order, PageLimit.orDefault(limit), after);
    return PageResponse.of(
        listTypes.list(query),
        RequestTypeResponse::from,
        position ->
            SortParameter.cursor(order, position.id().value(), position.name(), position.at()));
  }
}
