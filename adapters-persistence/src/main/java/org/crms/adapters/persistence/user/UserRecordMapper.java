package org.crms.adapters.persistence.user;

import org.crms.adapters.persistence.jooq.tables.records.AppUserRecord;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.user.PasswordHash;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;

/** Translates between {@link User} and rows of {@code app_user}. */
final class UserRecordMapper {
  private UserRecordMapper() {}

  static User toDomain(AppUserRecord row) {
    return User.builder()
        .id(new UserId(row.getId()))
        .username(new Username(row.getUsername()))
        .email(new EmailAddress(row.getEmail()))
        .firstName(row.getFirstName())
        .lastName(row.getLastName())
        .role(role(row.getRole()))
        .active(row.getActive())
        .passwordHash(new PasswordHash(row.getPasswordHash()))
        .createdAt(row.getCreatedAt())
        .lastLoginAt(row.getLastLoginAt())
        .version(row.getVersion())
        .build();
  }

  static AppUserRecord toRecord(User user) {
    var row = new AppUserRecord();
    row.setId(user.id().value());
    row.setUsername(user.username().value());
    row.setEmail(user.email().value());
    row.setFirstName(user.firstName().orElse(null));
    row.setLastName(user.lastName().orElse(null));
    row.setRole(roleCode(user.role()));
    row.setActive(user.isActive());
    row.setPasswordHash(user.passwordHash().encoded());
    row.setCreatedAt(user.createdAt());
    row.setLastLoginAt(user.lastLoginAt().orElse(null));
    row.setVersion(user.version());
    return row;
  }

  /**
   * The stored code of a role; spelled out, so that renaming a constant cannot change stored data.
   */
  static String roleCode(Role role) {
    return switch (role) {
      case ADMIN -> "ADMIN";
      case LIMITED -> "LIMITED";
    };
  }

  static Role role(String code) {
    return switch (code) {
      case "ADMIN" -> Role.ADMIN;
      case "LIMITED" -> Role.LIMITED;
      default -> throw new IllegalStateException("Unknown role code in app_user.role: " + code);
    };
  }
}
