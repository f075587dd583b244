package org.crms.adapters.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.adapters.persistence.jooq.Tables.ACCESS_TOKEN;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.application.port.out.StoredAccessToken;
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
    var token = new StoredAccessToken(UUID.randomUUID(), owner.id(), hash, ISSUED, EXPIRES);
    tokens.add(token);
    return token;
  }

  @Test
  void a_live_token_authenticates_its_active_owner() {
    var owner = users.add(TestUsers.aUser(Role.LIMITED).build());
    issue(owner, "hash-1");

    var found = tokens.findActiveOwner("hash-1", ISSUED.plusSeconds(1));

    assertThat(found)
        .hasValueSatisfying(
            user -> {
              assertThat(user.id()).isEqualTo(owner.id());
              assertThat(user.role()).isEqualTo(Role.LIMITED);
            });
  }

  @Test
  void an_unknown_hash_authenticates_nobody() {
    issue(users.add(TestUsers.aUser(Role.ADMIN).build()), "hash-1");

    assertThat(tokens.findActiveOwner("hash-2", ISSUED.plusSeconds(1))).isEmpty();
  }

  @Test
  void an_expired_token_authenticates_nobody_from_the_instant_it_expires() {
    issue(users.add(TestUsers.aUser(Role.ADMIN).build()), "hash-1");

    assertThat(tokens.findActiveOwner("hash-1", EXPIRES.minusNanos(1000))).isPresent();
    assertThat(tokens.findActiveOwner("hash-1", EXPIRES)).isEmpty();
    assertThat(tokens.findActiveOwner("hash-1", EXPIRES.plusSeconds(1))).isEmpty();
  }

  @Test
  void a_revoked_token_authenticates_nobody() {
    var token = issue(users.add(TestUsers.aUser(Role.ADMIN).build()), "hash-1");
    dsl.update(ACCESS_TOKEN)
        .set(ACCESS_TOKEN.REVOKED_AT, ISSUED.plusSeconds(5))
        .where(ACCESS_TOKEN.ID.eq(token.id()))
        .execute();

    assertThat(tokens.findActiveOwner("hash-1", ISSUED.plusSeconds(10))).isEmpty();
  }

  @Test
  void the_token_of_an_inactive_owner_authenticates_nobody() {
    var inactive = users.add(TestUsers.aUser(Role.ADMIN).active(false).build());
    issue(inactive, "hash-1");

    assertThat(tokens.findActiveOwner("hash-1", ISSUED.plusSeconds(1))).isEmpty();
  }

  @Test
  void a_token_is_stored_with_its_owner_and_lifetime() {
    var owner = users.add(TestUsers.aUser(Role.ADMIN).build());
    var token = issue(owner, "hash-1");

    var row = dsl.fetchSingle(ACCESS_TOKEN, ACCESS_TOKEN.ID.eq(token.id()));
    assertThat(row.getUserId()).isEqualTo(owner.id().value());
    assertThat(row.getTokenHash()).isEqualTo("hash-1");
    assertThat(row.getIssuedAt()).isEqualTo(ISSUED);
    assertThat(row.getExpiresAt()).isEqualTo(EXPIRES);
    assertThat(row.getRevokedAt()).isNull();
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
}
