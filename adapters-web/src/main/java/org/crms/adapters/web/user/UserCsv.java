package org.crms.adapters.web.user;

import java.util.List;
import org.crms.adapters.web.shared.CsvColumn;
import org.crms.domain.user.User;

/** The columns of the user export: the fields of {@link UserResponse}. */
final class UserCsv {
  static final List<CsvColumn<User>> COLUMNS =
      List.of(
          CsvColumn.of("Id", user -> user.id().value()),
          CsvColumn.of("Username", user -> user.username().value()),
          CsvColumn.of("Email", user -> user.email().value()),
          CsvColumn.of("First name", user -> user.firstName().orElse(null)),
          CsvColumn.of("Last name", user -> user.lastName().orElse(null)),
          CsvColumn.of("Role", user -> user.role().name()),
          CsvColumn.of("Active", User::isActive),
          CsvColumn.of("Created at", User::createdAt),
          CsvColumn.of("Last login at", user -> user.lastLoginAt().orElse(null)));

  private UserCsv() {}
}
