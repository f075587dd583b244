package org.crms.adapters.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.adapters.persistence.jooq.Tables.APP_USER;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.application.port.in.user.UserFilter;
import org.crms.application.port.in.user.UserPosition;
import org.crms.application.port.out.StoredAccessToken;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.AccessTokenKind;
import org.crms.domain.user.Actor;
import org.crms.domain.user.EmailTakenException;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;
import org.crms.domain.user.UsernameTakenException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
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

  private User add(String username, Role role, boolean active) {
    return users.add(TestUsers.aUser(role).username(new Username(username)).active(active).build());
  }

  private static List<String> names(List<User> page) {
    return page.stream().map(u -> u.username().value()).toList();
  }

  @Test
  void users_are_listed_by_name_regardless_of_case_in_keyset_pages() {
    for (var name : List.of("DAVID", "alice", "Carol", "bobby", "erin1")) {
      add(name, Role.LIMITED, true);
    }

    var first = users.list(UserFilter.all(), null, 2);
    var second = users.list(UserFilter.all(), UserPosition.of(first.getLast()), 2);
    var third = users.list(UserFilter.all(), UserPosition.of(second.getLast()), 2);

    // A case-sensitive order would put "Carol" and "DAVID" before "alice".
    assertThat(names(first)).containsExactly("alice", "bobby");
    assertThat(names(second)).containsExactly("Carol", "DAVID");
    assertThat(names(third)).containsExactly("erin1");
    assertThat(users.list(UserFilter.all(), UserPosition.of(third.getLast()), 2)).isEmpty();
  }

  @Test
  void users_are_filtered_by_activity_role_and_a_fragment_of_name_or_address() {
    add("alice", Role.ADMIN, true);
    add("bobby", Role.LIMITED, true);
    add("carol", Role.LIMITED, false);
    add("dav_id", Role.LIMITED, true);

    assertThat(names(users.list(new UserFilter(true, null, null), null, 10)))
        .containsExactly("alice", "bobby", "dav_id");
    assertThat(names(users.list(new UserFilter(false, null, null), null, 10)))
        .containsExactly("carol");
    assertThat(names(users.list(new UserFilter(null, Role.LIMITED, null), null, 10)))
        .containsExactly("bobby", "carol", "dav_id");
    assertThat(names(users.list(new UserFilter(null, null, "ARO"), null, 10)))
        .containsExactly("carol");
    // The e-mail address counts too, and LIKE's wildcards are taken literally.
    assertThat(names(users.list(new UserFilter(null, null, "v_i"), null, 10)))
        .containsExactly("dav_id");
    assertThat(names(users.list(new UserFilter(null, null, "v%i"), null, 10))).isEmpty();
  }

  @Test
  void the_position_is_compared_regardless_of_case_and_the_id_breaks_the_tie() {
    add("alice", Role.LIMITED, true);
    var bobby = add("Bobby", Role.ADMIN, true);
    add("carol", Role.LIMITED, true);
    var lowestId = new UserId(new UUID(0, 0));
    var highestId = new UserId(new UUID(-1, -1));

    assertThat(names(users.list(UserFilter.all(), new UserPosition("bOBBY", bobby.id()), 10)))
        .containsExactly("carol");
    assertThat(names(users.list(UserFilter.all(), new UserPosition("BOBBY", lowestId), 10)))
        .containsExactly("Bobby", "carol");
    assertThat(names(users.list(UserFilter.all(), new UserPosition("bobby", highestId), 10)))
        .containsExactly("carol");
    assertThat(names(users.list(UserFilter.all(), new UserPosition("AAAAA", highestId), 10)))
        .containsExactly("alice", "Bobby", "carol");
  }

  @Test
  void listed_users_carry_every_field() {
    var user = add("alice", Role.ADMIN, false);

    var listed = users.list(UserFilter.all(), null, 10).getFirst();

    assertThat(listed.id()).isEqualTo(user.id());
    assertThat(listed.email()).isEqualTo(user.email());
    assertThat(listed.role()).isEqualTo(Role.ADMIN);
    assertThat(listed.isActive()).isFalse();
    assertThat(listed.version()).isZero();
  }

  @Test
  void an_update_stores_role_and_active_flag_and_bumps_the_version() {
    var admin = add("admin", Role.ADMIN, true);
    var user =
        users.add(
            TestUsers.aUser(Role.LIMITED)
                .firstName("Jane")
                .lastLoginAt(Instant.parse("2026-01-06T08:00:00.000002Z"))
                .build());
    var loaded = users.findById(user.id()).orElseThrow();
    loaded.changeRole(Role.ADMIN, admin.asActor(), 1);
    loaded.deactivate(admin.asActor(), 2);

    var updated = users.update(loaded);
    var found = users.findById(user.id()).orElseThrow();

    for (var u : List.of(updated, found)) {
      assertThat(u.role()).isEqualTo(Role.ADMIN);
      assertThat(u.isActive()).isFalse();
      assertThat(u.version()).isEqualTo(1);
      assertThat(u.username()).isEqualTo(user.username());
      assertThat(u.email()).isEqualTo(user.email());
      assertThat(u.firstName()).contains("Jane");
      assertThat(u.lastLoginAt()).contains(Instant.parse("2026-01-06T08:00:00.000002Z"));
    }
    assertThat(dsl.fetchValue(APP_USER.ROLE, APP_USER.ID.eq(user.id().value()))).isEqualTo("ADMIN");

    found.activate(admin.asActor());
    assertThat(users.update(found).version()).isEqualTo(2);
    assertThat(users.findById(user.id()).orElseThrow().isActive()).isTrue();
  }

  @Test
  void an_update_based_on_a_stale_version_is_refused_and_changes_nothing() {
    var admin = add("admin", Role.ADMIN, true);
    var user = add("target", Role.LIMITED, true);
    var first = users.findById(user.id()).orElseThrow();
    var second = users.findById(user.id()).orElseThrow();
    first.changeRole(Role.ADMIN, admin.asActor(), 1);
    users.update(first);

    second.deactivate(admin.asActor(), 2);

    assertThatThrownBy(() -> users.update(second))
        .isInstanceOf(StaleAggregateException.class)
        .hasMessageContaining(user.id().toString());
    var stored = users.findById(user.id()).orElseThrow();
    assertThat(stored.role()).isEqualTo(Role.ADMIN);
    assertThat(stored.isActive()).isTrue();
    assertThat(stored.version()).isEqualTo(1);
  }

  @Test
  void updating_a_user_that_is_not_stored_is_refused_as_stale() {
    var ghost = TestUsers.aUser(Role.LIMITED).build();

    assertThatThrownBy(() -> users.update(ghost)).isInstanceOf(StaleAggregateException.class);
  }

  @Test
  void a_login_between_reading_and_updating_does_not_make_the_update_stale() {
    var admin = add("admin", Role.ADMIN, true);
    var user = add("target", Role.LIMITED, true);
    var loaded = users.findById(user.id()).orElseThrow();
    var loginAt = Instant.parse("2026-03-01T10:00:00.654321Z");

    users.recordLogin(user.id(), loginAt);
    loaded.changeRole(Role.ADMIN, admin.asActor(), 1);
    var updated = users.update(loaded);

    assertThat(updated.version()).isEqualTo(1);
    assertThat(updated.role()).isEqualTo(Role.ADMIN);
    assertThat(updated.lastLoginAt()).contains(loginAt);
  }

  @Test
  void locking_the_active_admins_counts_only_active_admins() {
    assertThat(users.lockActiveAdmins()).isZero();

    add("admin1", Role.ADMIN, true);
    add("admin2", Role.ADMIN, true);
    add("retired", Role.ADMIN, false);
    add("limited", Role.LIMITED, true);
    add("departed", Role.LIMITED, false);

    assertThat(users.lockActiveAdmins()).isEqualTo(2);
  }

  /**
   * A transaction of its own on a connection outside the pool, as a second application node would
   * have; rolled back on close unless committed.
   */
  private static final class Session implements AutoCloseable {
    private final Connection connection;
    final DSLContext dsl;
    final JooqUserRepository users;

    Session(boolean transaction, Duration lockTimeout) throws SQLException {
      connection = DATABASE.connect();
      dsl = DSL.using(connection, SQLDialect.POSTGRES);
      // Set before the transaction starts, so that it outlives the transaction's failure.
      dsl.execute("set lock_timeout = " + lockTimeout.toMillis());
      connection.setAutoCommit(!transaction);
      users = new JooqUserRepository(dsl);
    }

    void commit() throws SQLException {
      connection.commit();
    }

    @Override
    public void close() throws SQLException {
      try {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
      } finally {
        connection.close();
      }
    }
  }

  private static final String LOCK_NOT_AVAILABLE = "55P03";

  @Test
  void the_lock_on_the_active_admins_holds_until_the_transaction_ends() throws Exception {
    var admin = add("admin1", Role.ADMIN, true);
    add("admin2", Role.ADMIN, true);
    var limited = add("limited", Role.LIMITED, true);

    try (var holder = new Session(true, Duration.ofSeconds(10));
        var other = new Session(false, Duration.ofMillis(200))) {
      assertThat(holder.users.lockActiveAdmins()).isEqualTo(2);

      assertThatThrownBy(other.users::lockActiveAdmins)
          .isInstanceOfSatisfying(
              DataAccessException.class,
              e -> assertThat(e.sqlState()).isEqualTo(LOCK_NOT_AVAILABLE));
      var changedAdmin = other.users.findById(admin.id()).orElseThrow();
      changedAdmin.deactivate(adminActor(), 2);
      assertThatThrownBy(() -> other.users.update(changedAdmin))
          .isInstanceOfSatisfying(
              DataAccessException.class,
              e -> assertThat(e.sqlState()).isEqualTo(LOCK_NOT_AVAILABLE));

      // Only the admins are locked, and rows that merely refer to an admin can still be written.
      var changedLimited = other.users.findById(limited.id()).orElseThrow();
      changedLimited.deactivate(adminActor(), 2);
      assertThat(other.users.update(changedLimited).version()).isEqualTo(1);
      new JooqAccessTokenRepository(other.dsl)
          .add(
              new StoredAccessToken(
                  UUID.randomUUID(),
                  admin.id(),
                  "hash-1",
                  AccessTokenKind.SESSION,
                  null,
                  Instant.parse("2026-03-01T10:00:00Z"),
                  Instant.parse("2026-03-01T18:00:00Z"),
                  null,
                  null));

      holder.commit();

      assertThat(other.users.lockActiveAdmins()).isEqualTo(2);
      assertThat(other.users.update(changedAdmin).isActive()).isFalse();
    }
  }

  @Test
  void a_second_caller_waits_for_the_lock_and_then_counts_what_the_first_committed()
      throws Exception {
    var admin = add("admin1", Role.ADMIN, true);
    add("admin2", Role.ADMIN, true);
    var executor = Executors.newSingleThreadExecutor();
    try (var first = new Session(true, Duration.ofSeconds(10));
        var second = new Session(true, Duration.ofSeconds(10))) {
      assertThat(first.users.lockActiveAdmins()).isEqualTo(2);
      var demoted = first.users.findById(admin.id()).orElseThrow();
      demoted.changeRole(Role.LIMITED, adminActor(), 2);
      first.users.update(demoted);

      var count = CompletableFuture.supplyAsync(second.users::lockActiveAdmins, executor);
      awaitABackendWaitingForALock();
      assertThat(count).isNotDone();

      first.commit();

      assertThat(count.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    } finally {
      executor.shutdownNow();
    }
  }

  /** An actor allowed to manage users who is none of the users changed. */
  private static Actor adminActor() {
    return new Actor(UserId.newId(), Role.ADMIN);
  }

  private void awaitABackendWaitingForALock() throws InterruptedException {
    var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!dsl.fetchExists(
        dsl.selectOne()
            .from("pg_stat_activity")
            .where("datname = current_database() and wait_event_type = 'Lock'"))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("nobody came to wait for the lock");
      }
      Thread.sleep(20);
    }
  }
}
