package org.crms.adapters.web.user;

import io.micronaut.core.annotation.Nullable;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.QueryString;
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
    var filters = QueryString.empty().with("active", active).with("role", role).with("q", q);
    var next =
        found
            .nextPosition()
            .map(p -> filters.with("cursor", UserListParameters.cursor(p)).path(PATH))
            .orElse(null);
    var here = filters.with("cursor", cursor);
    return new UserListPage(
        chrome,
        active,
        role,
        q,
        found.items().stream().map(UserListPage.Row::from).toList(),
        next,
        cursor == null || cursor.isBlank() ? null : filters.path(PATH),
        QueryString.empty().with("format", "csv").and(filters).path(API),
        here.path(PATH));
  }
}
