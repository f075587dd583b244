package org.crms.adapters.web.page;

import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The query of a list page's links ("Next page", "First page", sort headers, the CSV export): the
 * filters the page was asked for, each encoded, blank ones left out, in the order they were added;
 * a name may repeat (several statuses). Immutable: {@link #with} makes a new one.
 */
public final class QueryString {
  private final List<Map.Entry<String, String>> parameters;

  private QueryString(List<Map.Entry<String, String>> parameters) {
    this.parameters = List.copyOf(parameters);
  }

  /** No parameters. */
  public static QueryString empty() {
    return new QueryString(List.of());
  }

  /** This query and one more parameter; a null or blank value changes nothing. */
  public QueryString with(String name, @Nullable Object value) {
    if (value == null || value.toString().isBlank()) {
      return this;
    }
    var next = new ArrayList<>(parameters);
    next.add(Map.entry(name, value.toString().strip()));
    return new QueryString(next);
  }

  /** This query and one parameter per value, in order; null stands for none. */
  public QueryString withEach(String name, @Nullable List<String> values) {
    var query = this;
    for (var value : values == null ? List.<String>of() : values) {
      query = query.with(name, value);
    }
    return query;
  }

  /** This query and then every parameter of the other. */
  public QueryString and(QueryString other) {
    var next = new ArrayList<>(parameters);
    next.addAll(other.parameters);
    return new QueryString(next);
  }

  /** This query without any parameter of that name. */
  public QueryString without(String name) {
    return new QueryString(parameters.stream().filter(p -> !p.getKey().equals(name)).toList());
  }

  public boolean isEmpty() {
    return parameters.isEmpty();
  }

  /** The path with this query, e.g. {@code /audit?action=UPDATED}; the bare path when empty. */
  public String path(String path) {
    return parameters.isEmpty() ? path : path + "?" + this;
  }

  /** The encoded query, without the question mark. */
  @Override
  public String toString() {
    return parameters.stream()
        .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
