package org.crms.adapters.web.request;

import org.crms.adapters.web.page.QueryString;
import org.crms.application.port.in.request.RequestSort;

/**
 * The request list page's parameters, those of the API list, and the links that keep them: sort
 * headers, pages, the CSV export of the same list. A time typed into a {@code datetime-local} field
 * (UTC, no offset) is written as the instant the API reads, so that every link is a valid API
 * query.
 */
final class RequestListLinks {
  static final String PAGE = "/requests";
  static final String API = ClientRequestController.PATH;

  private final RequestListParameters parameters;
  private final QueryString query;

  private RequestListLinks(RequestListParameters parameters) {
    this.parameters = parameters;
    this.query = query(parameters);
  }

  /** The parameters as given, times from the page's fields made instants. */
  static RequestListLinks of(RequestListParameters p) {
    return new RequestListLinks(
        new RequestListParameters(
            p.status(),
            p.priority(),
            p.typeId(),
            p.clientId(),
            p.ownerId(),
            p.unassigned(),
            p.mine(),
            p.overdue(),
            RequestListTimes.instant(p.createdFrom()),
            RequestListTimes.instant(p.createdTo()),
            RequestListTimes.instant(p.updatedFrom()),
            RequestListTimes.instant(p.updatedTo()),
            p.q(),
            p.sort(),
            p.limit(),
            p.cursor(),
            null));
  }

  RequestListParameters parameters() {
    return parameters;
  }

  /** This list's first page. */
  String firstPage() {
    return query.path(PAGE);
  }

  /** The page after the one shown. */
  String nextPage(String cursor) {
    return query.with("cursor", cursor).path(PAGE);
  }

  /** The page shown, to come back to after a bulk edit. */
  String current() {
    var cursor = parameters.cursor();
    return cursor == null || cursor.isBlank() ? firstPage() : nextPage(cursor.strip());
  }

  /** Every request of this list as CSV, from the API. */
  String csv() {
    return QueryString.empty().with("format", "csv").and(query).path(API);
  }

  /** This list sorted by the key: reversed if it is sorted by it already, else in its usual way. */
  String sortedBy(RequestSort current, RequestSort.Key key) {
    var descending =
        current.key() == key
            ? !current.descending()
            : key == RequestSort.Key.CREATED || key == RequestSort.Key.UPDATED;
    var sort = RequestOrder.token(new RequestSort(key, descending));
    return query.without("sort").with("sort", sort).path(PAGE);
  }

  private static QueryString query(RequestListParameters p) {
    return QueryString.empty()
        .withEach("status", p.status())
        .withEach("priority", p.priority())
        .with("typeId", p.typeId())
        .with("clientId", p.clientId())
        .with("ownerId", p.ownerId())
        .with("unassigned", p.unassigned())
        .with("mine", p.mine())
        .with("overdue", p.overdue())
        .with("createdFrom", p.createdFrom())
        .with("createdTo", p.createdTo())
        .with("updatedFrom", p.updatedFrom())
        .with("updatedTo", p.updatedTo())
        .with("q", p.q())
        .with("sort", p.sort())
        .with("limit", p.limit());
  }
}
