package org.crms.adapters.web.user;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.Formats;
import org.crms.adapters.web.page.Option;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;

/**
 * The user administration list: its filters as typed, one page of accounts, and the links to the
 * next and first pages and to the CSV export of the same accounts.
 *
 * @param active "true", "false" or empty, as filtered
 * @param role a role's name or empty, as filtered
 * @param q the fragment of username or e-mail address filtered by, or empty
 * @param nextPage the address of the next page; null on the last one
 * @param firstPage the address of the first page; null on the first one
 * @param csv the API address that exports every account matching the filters
 * @param back this page's own address, for the row forms to come back to
 */
public record UserListPage(
    Chrome chrome,
    String active,
    String role,
    String q,
    List<Row> users,
    @Nullable String nextPage,
    @Nullable String firstPage,
    String csv,
    String back) {
  private static final List<Option> ACTIVITY =
      List.of(new Option("true", "Active"), new Option("false", "Deactivated"));
  private static final List<Option> ROLES =
      Arrays.stream(Role.values()).map(r -> new Option(r.name(), Formats.words(r))).toList();

  /** The choices of the activity filter. */
  public List<Option> activityOptions() {
    return ACTIVITY;
  }

  /** The roles, for the filter and for changing a user's role. */
  public List<Option> roleOptions() {
    return ROLES;
  }

  /**
   * One account as listed.
   *
   * @param name "first last", or empty when neither is known
   * @param role the role's name, e.g. ADMIN
   * @param lastLogin when they last logged in, or "Never"
   */
  public record Row(
      String id,
      String username,
      String email,
      String name,
      String role,
      boolean active,
      String createdAt,
      String lastLogin) {

    static Row from(User user) {
      var name = (user.firstName().orElse("") + " " + user.lastName().orElse("")).strip();
      return new Row(
          user.id().value().toString(),
          user.username().value(),
          user.email().value(),
          name,
          user.role().name(),
          user.isActive(),
          Formats.dateTime(user.createdAt()),
          user.lastLoginAt().map(Formats::dateTime).orElse("Never"));
    }
  }
}
