package org.crms.adapters.web.audit;

import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The query of a list page's links ("Next page", "First page", the CSV export): the filters the
 * page was asked for, each encoded, blank ones left out. Immutable: {@link #with} makes a new one.
 */
public final class QueryString {
  private final Map<String, String> parameters;

  private QueryString(Map<String, String> parameters) {
    this.parameters = parameters;
  }

  /** No parameters. */
  public static QueryString empty() {
    return new QueryString(Map.of());
  }

  /** This query and one more parameter; a null or blank value changes nothing. */
  public QueryString with(String name, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return this;
    }
    var next = new LinkedHashMap<>(parameters);
    next.put(name, value.strip());
    return new QueryString(next);
  }

  /** The path with this query, e.g. {@code /audit?action=UPDATED}; the bare path when empty. */
  public String path(String path) {
    return parameters.isEmpty() ? path : path + "?" + this;
  }

  /** The encoded query, without the question mark. */
  @Override
  public String toString() {
    return parameters.entrySet().stream()
        .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
