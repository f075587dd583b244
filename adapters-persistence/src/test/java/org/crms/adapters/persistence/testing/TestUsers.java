package org.crms.adapters.persistence.testing;

import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.crms.adapters.persistence.user.JooqUserRepository;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.user.PasswordHash;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;
import org.jooq.DSLContext;

/** Users for tests that need a real {@code app_user} row, e.g. as the actor of a change. */
public final class TestUsers {
  public static final Instant CREATED_AT = Instant.parse("2026-01-05T09:00:00.000001Z");

  private TestUsers() {}

  /** An active user with a name and e-mail address no other test uses. */
  public static User.Builder aUser(Role role) {
    var suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    return User.builder()
        .id(UserId.newId())
        .username(new Username("u" + suffix.substring(0, 12)))
        .email(new EmailAddress("u" + suffix + "@example.org"))
        .role(role)
        .active(true)
        .passwordHash(new PasswordHash("$test$not-a-real-hash"))
        .createdAt(CREATED_AT);
  }

  /** Stores a new active user with that role. */
  public static User persisted(DSLContext dsl, Role role) {
    return new JooqUserRepository(dsl).add(aUser(role).build());
  }
}
