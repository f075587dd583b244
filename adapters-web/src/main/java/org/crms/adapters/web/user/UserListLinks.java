package org.crms.adapters.web.user;

import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.crms.adapters.web.page.Chrome;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.user.UserPosition;
import org.crms.domain.user.User;

/**
 * The addresses of the user list with its filters kept: the next and first pages, the CSV export
 * and the page itself.
 */
final class UserListLinks {
  static final String PATH = "/users";
  private static final String API = "/api/v1/users";

  private final String active;
  private final String role;
  private final String q;

  UserListLinks(@Nullable String active, @Nullable String role, @Nullable String q) {
    this.active = active == null ? "" : active;
    this.role = role == null ? "" : role;
    this.q = q == null ? "" : q;
  }

  UserListPage page(Chrome chrome, Page<User, UserPosition> found, @Nullable String cursor) {
    var filters = query();
    var here = cursor == null || cursor.isBlank() ? "" : "cursor=" + encode(cursor);
    var next =
        found
            .nextPosition()
            .map(p -> address(join(filters, "cursor=" + encode(UserListParameters.cursor(p)))))
            .orElse(null);
    return new UserListPage(
        chrome,
        active,
        role,
        q,
        found.items().stream().map(UserListPage.Row::from).toList(),
        next,
        here.isEmpty() ? null : address(filters),
        API + "?" + join("format=csv", filters),
        address(join(filters, here)));
  }

  private static String address(String query) {
    return query.isEmpty() ? PATH : PATH + "?" + query;
  }

  /** The filters that are set, as a query string without its "?". */
  private String query() {
    var set = new LinkedHashMap<String, String>();
    set.put("active", active);
    set.put("role", role);
    set.put("q", q);
    return set.entrySet().stream()
        .filter(e -> !e.getValue().isBlank())
        .map(e -> e.getKey() + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "&" + b;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
