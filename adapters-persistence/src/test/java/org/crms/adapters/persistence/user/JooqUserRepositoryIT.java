package org.crms.adapters.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.adapters.persistence.jooq.Tables.APP_USER;

import java.time.Instant;
import java.util.List;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.user.EmailTakenException;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;
import org.crms.domain.user.UsernameTakenException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqUserRepositoryIT {
  private static final TestDatabase DATABASE = TestDatabase.shared();
  private final DSLContext dsl = DATABASE.dsl();
  private final JooqUserRepository users = new JooqUserRepository(dsl);

  @BeforeEach
  void startFromEmptyTables() {
    DATABASE.emptyAllTables();
  }

  @Test
  void stores_and_finds_a_user_with_every_field() {
    var user =
        TestUsers.aUser(Role.ADMIN)
            .username(new Username("Jane.Doe"))
            .email(new EmailAddress("jane@example.org"))
            .firstName("Jane")
            .lastName("Doe")
            .lastLoginAt(Instant.parse("2026-01-06T08:00:00.000002Z"))
            .build();

    var stored = users.add(user);
    var found = users.findById(user.id()).orElseThrow();

    for (var u : List.of(stored, found)) {
      assertThat(u.id()).isEqualTo(user.id());
      assertThat(u.username()).isEqualTo(new Username("Jane.Doe"));
      assertThat(u.email()).isEqualTo(new EmailAddress("jane@example.org"));
      assertThat(u.firstName()).contains("Jane");
      assertThat(u.lastName()).contains("Doe");
      assertThat(u.role()).isEqualTo(Role.ADMIN);
      assertThat(u.isActive()).isTrue();
      assertThat(u.passwordHash()).isEqualTo(user.passwordHash());
      assertThat(u.createdAt()).isEqualTo(TestUsers.CREATED_AT);
      assertThat(u.lastLoginAt()).contains(Instant.parse("2026-01-06T08:00:00.000002Z"));
      assertThat(u.version()).isZero();
    }
  }

  @Test
  void finds_nothing_for_an_unknown_id_or_name() {
    assertThat(users.findById(UserId.newId())).isEmpty();
    assertThat(users.findByUsername(new Username("nobody"))).isEmpty();
    assertThat(users.usernameTaken(new Username("nobody"))).isFalse();
    assertThat(users.emailTaken(new EmailAddress("nobody@example.org"))).isFalse();
  }

  @Test
  void roles_are_stored_as_their_codes_and_read_back() {
    var admin = users.add(TestUsers.aUser(Role.ADMIN).build());
    var limited = users.add(TestUsers.aUser(Role.LIMITED).build());

    assertThat(dsl.fetchValue(APP_USER.ROLE, APP_USER.ID.eq(admin.id().value())))
        .isEqualTo("ADMIN");
    assertThat(dsl.fetchValue(APP_USER.ROLE, APP_USER.ID.eq(limited.id().value())))
        .isEqualTo("LIMITED");
    assertThat(users.findById(limited.id()).orElseThrow().role()).isEqualTo(Role.LIMITED);
  }

  @Test
  void the_username_is_looked_up_regardless_of_case_and_kept_as_typed() {
    var user = users.add(TestUsers.aUser(Role.LIMITED).username(new Username("MixedCase")).build());

    assertThat(users.findByUsername(new Username("mixedcase")).orElseThrow().id())
        .isEqualTo(user.id());
    assertThat(users.findByUsername(new Username("MIXEDCASE")).orElseThrow().username().value())
        .isEqualTo("MixedCase");
    assertThat(users.usernameTaken(new Username("mIxEdCaSe"))).isTrue();
  }

  @Test
  void a_username_differing_only_in_case_is_refused() {
    users.add(TestUsers.aUser(Role.LIMITED).username(new Username("alice")).build());

    assertThatThrownBy(
            () -> users.add(TestUsers.aUser(Role.LIMITED).username(new Username("ALICE")).build()))
        .isInstanceOf(UsernameTakenException.class);
  }

  @Test
  void an_email_address_in_use_is_refused() {
    users.add(TestUsers.aUser(Role.LIMITED).email(new EmailAddress("shared@example.org")).build());

    assertThat(users.emailTaken(new EmailAddress("shared@example.org"))).isTrue();
    var second = TestUsers.aUser(Role.ADMIN).email(new EmailAddress("shared@example.org")).build();
    assertThatThrownBy(() -> users.add(second)).isInstanceOf(EmailTakenException.class);
  }

  @Test
  void recording_a_login_keeps_the_instant_and_leaves_the_version_alone() {
    var user = users.add(TestUsers.aUser(Role.LIMITED).build());
    var at = Instant.parse("2026-03-01T10:00:00.654321Z");

    users.recordLogin(user.id(), at);

    var found = users.findById(user.id()).orElseThrow();
    assertThat(found.lastLoginAt()).contains(at);
    assertThat(found.version()).isZero();
  }
}
