package org.crms.adapters.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.adapters.persistence.jooq.Tables.ACCESS_TOKEN;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.application.port.out.ActiveToken;
import org.crms.application.port.out.StoredAccessToken;
import org.crms.domain.user.AccessTokenKind;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqAccessTokenRepositoryIT {
  private static final TestDatabase DATABASE = TestDatabase.shared();
  private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant EXPIRES = ISSUED.plus(Duration.ofHours(8));
  private final DSLContext dsl = DATABASE.dsl();
  private final JooqUserRepository users = new JooqUserRepository(dsl);
  private final JooqAccessTokenRepository tokens = new JooqAccessTokenRepository(dsl);

  @BeforeEach
  void startFromEmptyTables() {
    DATABASE.emptyAllTables();
  }

  private StoredAccessToken issue(User owner, String hash) {
    return store(session(owner, hash, ISSUED));
  }

  private StoredAccessToken store(StoredAccessToken token) {
    tokens.add(token);
    return token;
  }

  private static StoredAccessToken session(User owner, String hash, Instant issued) {
    return new StoredAccessToken(
        UUID.randomUUID(),
        owner.id(),
        hash,
        AccessTokenKind.SESSION,
        null,
        issued,
        issued.plus(Duration.ofHours(8)),
        null,
        null);
  }

  private static StoredAccessToken personal(User owner, String name, Instant issued) {
    return new StoredAccessToken(
        UUID.randomUUID(),
        owner.id(),
        "hash-" + UUID.randomUUID(),
        AccessTokenKind.PERSONAL,
        name,
        issued,
        issued.plus(Duration.ofDays(90)),
        null,
        null);
  }

  /** The owner behind an active token, as every request resolves it. */
  private Optional<User> activeOwner(String hash, Instant now) {
    return tokens.findActive(hash, now).map(ActiveToken::owner);
  }

  private User aUser() {
    return users.add(TestUsers.aUser(Role.LIMITED).build());
  }

  @Test
  void a_live_token_authenticates_its_active_owner() {
    var owner = aUser();
    issue(owner, "hash-1");

    var found = activeOwner("hash-1", ISSUED.plusSeconds(1));

    assertThat(found)
        .hasValueSatisfying(
            user -> {
              assertThat(user.id()).isEqualTo(owner.id());
              assertThat(user.role()).isEqualTo(Role.LIMITED);
            });
  }

  @Test
  void a_live_personal_token_authenticates_its_active_owner_too() {
    var owner = aUser();
    var token = store(personal(owner, "backup script", ISSUED));

    assertThat(activeOwner(token.tokenHash(), ISSUED.plusSeconds(1)))
        .hasValueSatisfying(user -> assertThat(user.id()).isEqualTo(owner.id()));
  }

  @Test
  void an_unknown_hash_authenticates_nobody() {
    issue(users.add(TestUsers.aUser(Role.ADMIN).build()), "hash-1");

    assertThat(activeOwner("hash-2", ISSUED.plusSeconds(1))).isEmpty();
  }

  @Test
  void an_expired_token_authenticates_nobody_from_the_instant_it_expires() {
    issue(users.add(TestUsers.aUser(Role.ADMIN).build()), "hash-1");

    assertThat(activeOwner("hash-1", EXPIRES.minusNanos(1000))).isPresent();
    assertThat(activeOwner("hash-1", EXPIRES)).isEmpty();
    assertThat(activeOwner("hash-1", EXPIRES.plusSeconds(1))).isEmpty();
  }

  @Test
  void a_revoked_token_authenticates_nobody() {
    var token = issue(users.add(TestUsers.aUser(Role.ADMIN).build()), "hash-1");
    dsl.update(ACCESS_TOKEN)
        .set(ACCESS_TOKEN.REVOKED_AT, ISSUED.plusSeconds(5))
        .where(ACCESS_TOKEN.ID.eq(token.id()))
        .execute();

    assertThat(activeOwner("hash-1", ISSUED.plusSeconds(10))).isEmpty();
  }

  @Test
  void the_token_of_an_inactive_owner_authenticates_nobody() {
    var inactive = users.add(TestUsers.aUser(Role.ADMIN).active(false).build());
    issue(inactive, "hash-1");

    assertThat(activeOwner("hash-1", ISSUED.plusSeconds(1))).isEmpty();
  }

  @Test
  void a_token_is_stored_with_its_owner_kind_and_lifetime() {
    var owner = users.add(TestUsers.aUser(Role.ADMIN).build());
    var token = issue(owner, "hash-1");

    var row = dsl.fetchSingle(ACCESS_TOKEN, ACCESS_TOKEN.ID.eq(token.id()));
    assertThat(row.getUserId()).isEqualTo(owner.id().value());
    assertThat(row.getTokenHash()).isEqualTo("hash-1");
    assertThat(row.getKind()).isEqualTo("SESSION");
    assertThat(row.getName()).isNull();
    assertThat(row.getIssuedAt()).isEqualTo(ISSUED);
    assertThat(row.getExpiresAt()).isEqualTo(EXPIRES);
    assertThat(row.getRevokedAt()).isNull();
  }

  @Test
  void kinds_are_stored_as_their_codes_and_read_back() {
    var owner = aUser();
    var session = issue(owner, "hash-1");
    var personal = store(personal(owner, "CI", ISSUED));

    assertThat(dsl.fetchValue(ACCESS_TOKEN.KIND, ACCESS_TOKEN.ID.eq(session.id())))
        .isEqualTo("SESSION");
    assertThat(dsl.fetchValue(ACCESS_TOKEN.KIND, ACCESS_TOKEN.ID.eq(personal.id())))
        .isEqualTo("PERSONAL");
    assertThat(tokens.findById(session.id()).orElseThrow().kind())
        .isEqualTo(AccessTokenKind.SESSION);
    assertThat(tokens.findById(personal.id()).orElseThrow().kind())
        .isEqualTo(AccessTokenKind.PERSONAL);
  }

  @Test
  void a_token_is_found_by_id_and_by_hash_with_every_field() {
    var owner = aUser();
    var token =
        new StoredAccessToken(
            UUID.randomUUID(),
            owner.id(),
            "hash-1",
            AccessTokenKind.PERSONAL,
            "Nightly export ü 😀",
            Instant.parse("2026-03-01T10:00:00.123456Z"),
            Instant.parse("2026-05-30T10:00:00.123456Z"),
            Instant.parse("2026-03-02T08:30:00.000001Z"),
            Instant.parse("2026-03-02T08:00:00.000002Z"));
    tokens.add(token);

    assertThat(tokens.findById(token.id())).contains(token);
    assertThat(tokens.findByHash("hash-1")).contains(token);
  }

  @Test
  void an_unknown_id_or_hash_finds_nothing() {
    issue(aUser(), "hash-1");

    assertThat(tokens.findById(UUID.randomUUID())).isEmpty();
    assertThat(tokens.findByHash("hash-2")).isEmpty();
  }

  @Test
  void personal_tokens_are_listed_newest_first_without_sessions_revoked_or_foreign_tokens() {
    var owner = aUser();
    var other = aUser();
    var oldest = store(personal(owner, "oldest", ISSUED));
    var expired =
        store(
            new StoredAccessToken(
                UUID.randomUUID(),
                owner.id(),
                "hash-expired",
                AccessTokenKind.PERSONAL,
                "expired",
                ISSUED.plusSeconds(10),
                ISSUED.plusSeconds(20),
                null,
                null));
    var newest = store(personal(owner, "newest", ISSUED.plusSeconds(30)));
    var revoked = store(personal(owner, "revoked", ISSUED.plusSeconds(40)));
    tokens.revoke(revoked.id(), ISSUED.plusSeconds(50));
    store(session(owner, "hash-session", ISSUED.plusSeconds(60)));
    store(personal(other, "someone else's", ISSUED.plusSeconds(70)));

    assertThat(tokens.listPersonal(owner.id())).containsExactly(newest, expired, oldest);
    assertThat(tokens.listPersonal(aUser().id())).isEmpty();
  }

  @Test
  void personal_tokens_of_the_same_instant_are_listed_in_a_stable_order() {
    var owner = aUser();
    var first = store(personal(owner, "first", ISSUED));
    var second = store(personal(owner, "second", ISSUED));

    var listed = tokens.listPersonal(owner.id());

    assertThat(listed).containsExactlyInAnyOrder(first, second);
    assertThat(tokens.listPersonal(owner.id())).isEqualTo(listed);
    // Newest first, then the greater id first; PostgreSQL orders uuids as their hex text would.
    assertThat(listed.get(0).id().toString()).isGreaterThan(listed.get(1).id().toString());
  }

  @Test
  void revoking_is_idempotent_and_keeps_the_first_instant() {
    var token = issue(aUser(), "hash-1");
    var first = ISSUED.plusSeconds(5);

    assertThat(tokens.revoke(token.id(), first)).isTrue();
    assertThat(tokens.revoke(token.id(), ISSUED.plusSeconds(9))).isFalse();

    assertThat(tokens.findById(token.id()).orElseThrow().revokedAt()).isEqualTo(first);
    assertThat(activeOwner("hash-1", ISSUED.plusSeconds(6))).isEmpty();
  }

  @Test
  void revoking_an_unknown_token_revokes_nothing() {
    var token = issue(aUser(), "hash-1");

    assertThat(tokens.revoke(UUID.randomUUID(), ISSUED.plusSeconds(5))).isFalse();
    assertThat(tokens.findById(token.id()).orElseThrow().revokedAt()).isNull();
  }

  @Test
  void revoking_all_of_an_owner_revokes_only_their_unrevoked_tokens() {
    var owner = aUser();
    var other = aUser();
    var session = issue(owner, "hash-1");
    var personal = store(personal(owner, "CI", ISSUED));
    var revokedBefore = issue(owner, "hash-2");
    var earlier = ISSUED.plusSeconds(5);
    tokens.revoke(revokedBefore.id(), earlier);
    var othersToken = issue(other, "hash-3");
    var at = ISSUED.plusSeconds(30);

    assertThat(tokens.revokeAllOf(owner.id(), at)).isEqualTo(2);

    assertThat(tokens.findById(session.id()).orElseThrow().revokedAt()).isEqualTo(at);
    assertThat(tokens.findById(personal.id()).orElseThrow().revokedAt()).isEqualTo(at);
    assertThat(tokens.findById(revokedBefore.id()).orElseThrow().revokedAt()).isEqualTo(earlier);
    assertThat(tokens.findById(othersToken.id()).orElseThrow().revokedAt()).isNull();
    assertThat(activeOwner("hash-3", at)).isPresent();
    assertThat(tokens.revokeAllOf(owner.id(), at.plusSeconds(1))).isZero();
  }

  @Test
  void two_tokens_cannot_share_a_hash() {
    var owner = users.add(TestUsers.aUser(Role.ADMIN).build());
    issue(owner, "hash-1");

    assertThatThrownBy(() -> issue(owner, "hash-1"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("access_token_token_hash_key");
  }

  @Test
  void a_token_needs_an_existing_owner() {
    var ghost = TestUsers.aUser(Role.ADMIN).build();

    assertThatThrownBy(() -> issue(ghost, "hash-1"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("access_token_user_id_fkey");
  }

  @Test
  void a_personal_token_without_a_name_is_refused() {
    var nameless = personal(aUser(), null, ISSUED);

    assertThatThrownBy(() -> tokens.add(nameless))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("access_token_personal_needs_name");
  }

  @Test
  void a_browser_session_is_found_with_its_owner_and_records_its_last_use() {
    var owner = aUser();
    var browser =
        store(
            new StoredAccessToken(
                UUID.randomUUID(),
                owner.id(),
                "hash-browser",
                AccessTokenKind.BROWSER,
                null,
                ISSUED,
                ISSUED.plus(Duration.ofHours(12)),
                null,
                null));

    tokens.touch(browser.id(), ISSUED.plusSeconds(90));

    var active = tokens.findActive("hash-browser", ISSUED.plusSeconds(100)).orElseThrow();
    assertThat(active.token().kind()).isEqualTo(AccessTokenKind.BROWSER);
    assertThat(active.token().lastUsedAt()).isEqualTo(ISSUED.plusSeconds(90));
    assertThat(active.owner().id()).isEqualTo(owner.id());
  }

  @Test
  void only_personal_tokens_may_be_named_and_no_token_is_used_before_it_was_issued() {
    var owner = aUser();
    assertThatThrownBy(
            () ->
                tokens.add(
                    new StoredAccessToken(
                        UUID.randomUUID(),
                        owner.id(),
                        "hash-named-browser",
                        AccessTokenKind.BROWSER,
                        "named",
                        ISSUED,
                        ISSUED.plusSeconds(60),
                        null,
                        null)))
        .isInstanceOf(org.jooq.exception.DataAccessException.class);
    var token = store(session(owner, "hash-early", ISSUED));
    assertThatThrownBy(() -> tokens.touch(token.id(), ISSUED.minusSeconds(1)))
        .isInstanceOf(org.jooq.exception.DataAccessException.class);
  }
}
