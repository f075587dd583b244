package org.crms.adapters.web.user;

import java.time.Instant;
import java.util.UUID;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.user.PasswordHash;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;

/** Stored users as a use case would return them. */
final class UserTestData {
  static final UserId JANE_ID = new UserId(UUID.fromString("22222222-3333-4444-5555-666666666666"));
  static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
  static final Instant LAST_LOGIN = Instant.parse("2026-01-07T08:15:00Z");
  static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo";

  private UserTestData() {}

  /** Jane Doe, who has logged in before. */
  static User jane(Role role, boolean active) {
    return User.builder()
        .id(JANE_ID)
        .username(new Username("janedoe"))
        .email(new EmailAddress("jane@example.com"))
        .firstName("Jane")
        .lastName("Doe")
        .role(role)
        .active(active)
        .passwordHash(new PasswordHash(HASH))
        .createdAt(CREATED)
        .lastLoginAt(LAST_LOGIN)
        .version(2)
        .build();
  }

  /** A user who has just signed up: no names, never logged in. */
  static User newcomer(String username) {
    return User.builder()
        .id(UserId.newId())
        .username(new Username(username))
        .email(new EmailAddress(username + "@example.com"))
        .role(Role.LIMITED)
        .active(true)
        .passwordHash(new PasswordHash(HASH))
        .createdAt(CREATED)
        .build();
  }

  /** An active LIMITED user with only a first name, who never logged in. */
  static User firstNameOnly(String username, String firstName) {
    return User.builder()
        .id(UserId.newId())
        .username(new Username(username))
        .email(new EmailAddress(username + "@example.com"))
        .firstName(firstName)
        .role(Role.LIMITED)
        .active(true)
        .passwordHash(new PasswordHash(HASH))
        .createdAt(CREATED)
        .build();
  }
}
