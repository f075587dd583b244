package org.crms.adapters.web.user;

import io.micronaut.core.annotation.Nullable;
import org.crms.adapters.web.shared.PageCursor;
import org.crms.adapters.web.shared.QueryFlags;
import org.crms.adapters.web.shared.QueryValues;
import org.crms.application.port.in.user.UserFilter;
import org.crms.application.port.in.user.UserPosition;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;

/**
 * How the user list reads its query parameters ({@code active}, {@code role}, {@code q}, {@code
 * cursor}) and writes its cursor: the same for the API and the page, so that a page's address and
 * its CSV export ask for the same accounts.
 */
final class UserListParameters {
  private UserListParameters() {}

  /**
   * @throws org.crms.adapters.web.error.BadRequestException naming the parameter that does not
   *     parse
   */
  static UserFilter filter(@Nullable String active, @Nullable String role, @Nullable String q) {
    return new UserFilter(
        QueryFlags.parse("active", active), QueryValues.constant("role", role, Role.class), q);
  }

  /**
   * @return where to continue, or null for the first page
   * @throws org.crms.adapters.web.error.BadRequestException if the cursor was not made by {@link
   *     #cursor}
   */
  static @Nullable UserPosition after(@Nullable String cursor) {
    return PageCursor.decode(cursor, (id, username) -> new UserPosition(username, new UserId(id)));
  }

  static String cursor(UserPosition position) {
    return PageCursor.encode(position.id().value(), position.username());
  }
}
