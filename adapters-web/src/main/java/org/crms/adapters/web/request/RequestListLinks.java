package org.crms.adapters.web.request;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
  private final String query;

  private RequestListLinks(RequestListParameters parameters) {
    this.parameters = parameters;
    this.query = encode(pairs(parameters));
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
    return withQuery(PAGE, query);
  }

  /** The page after the one shown. */
  String nextPage(String cursor) {
    return withQuery(PAGE, join(query, "cursor=" + encode(cursor)));
  }

  /** The page shown, to come back to after a bulk edit. */
  String current() {
    var cursor = parameters.cursor();
    return cursor == null || cursor.isBlank() ? firstPage() : nextPage(cursor.strip());
  }

  /** Every request of this list as CSV, from the API. */
  String csv() {
    return API + "?" + join("format=csv", query);
  }

  /** This list sorted by the key: reversed if it is sorted by it already, else in its usual way. */
  String sortedBy(RequestSort current, RequestSort.Key key) {
    var descending =
        current.key() == key
            ? !current.descending()
            : key == RequestSort.Key.CREATED || key == RequestSort.Key.UPDATED;
    var sort = RequestOrder.token(new RequestSort(key, descending));
    var others = pairs(parameters).stream().filter(p -> !p.getKey().equals("sort")).toList();
    return withQuery(PAGE, join(encode(others), "sort=" + encode(sort)));
  }

  private static List<Map.Entry<String, String>> pairs(RequestListParameters p) {
    var pairs = new ArrayList<Map.Entry<String, String>>();
    all(pairs, "status", p.status());
    all(pairs, "priority", p.priority());
    one(pairs, "typeId", p.typeId());
    one(pairs, "clientId", p.clientId());
    one(pairs, "ownerId", p.ownerId());
    one(pairs, "unassigned", p.unassigned());
    one(pairs, "mine", p.mine());
    one(pairs, "overdue", p.overdue());
    one(pairs, "createdFrom", p.createdFrom());
    one(pairs, "createdTo", p.createdTo());
    one(pairs, "updatedFrom", p.updatedFrom());
    one(pairs, "updatedTo", p.updatedTo());
    one(pairs, "q", p.q());
    one(pairs, "sort", p.sort());
    one(pairs, "limit", p.limit());
    return pairs;
  }

  private static void all(List<Map.Entry<String, String>> pairs, String name, List<String> values) {
    if (values != null) {
      values.forEach(value -> one(pairs, name, value));
    }
  }

  private static void one(List<Map.Entry<String, String>> pairs, String name, String value) {
    if (value != null && !value.isBlank()) {
      pairs.add(Map.entry(name, value.strip()));
    }
  }

  private static String encode(List<Map.Entry<String, String>> pairs) {
    return pairs.stream()
        .map(p -> p.getKey() + "=" + encode(p.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String join(String first, String second) {
    return first.isEmpty() ? second : second.isEmpty() ? first : first + "&" + second;
  }

  private static String withQuery(String path, String query) {
    return query.isEmpty() ? path : path + "?" + query;
  }
}
