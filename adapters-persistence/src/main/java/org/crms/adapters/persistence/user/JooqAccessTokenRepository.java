package org.crms.adapters.persistence.user;

import static org.crms.adapters.persistence.jooq.Tables.ACCESS_TOKEN;
import static org.crms.adapters.persistence.jooq.Tables.APP_USER;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.crms.application.port.out.AccessTokenRepository;
import org.crms.application.port.out.StoredAccessToken;
import org.crms.domain.user.User;
import org.jooq.DSLContext;

/** API access tokens in PostgreSQL, by the hash of their secret. Never opens a transaction. */
@Singleton
public final class JooqAccessTokenRepository implements AccessTokenRepository {
  private final DSLContext dsl;

  public JooqAccessTokenRepository(DSLContext dsl) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
  }

  @Override
  public void add(StoredAccessToken token) {
    dsl.insertInto(ACCESS_TOKEN)
        .set(ACCESS_TOKEN.ID, token.id())
        .set(ACCESS_TOKEN.USER_ID, token.owner().value())
        .set(ACCESS_TOKEN.TOKEN_HASH, token.tokenHash())
        .set(ACCESS_TOKEN.ISSUED_AT, token.issuedAt())
        .set(ACCESS_TOKEN.EXPIRES_AT, token.expiresAt())
        .execute();
  }

  /**
   * One query decides it all, so that a token cannot outlive its revocation, its expiry or its
   * owner's account.
   */
  @Override
  public Optional<User> findActiveOwner(String tokenHash, Instant now) {
    return dsl.select(APP_USER.fields())
        .from(ACCESS_TOKEN)
        .join(APP_USER)
        .on(APP_USER.ID.eq(ACCESS_TOKEN.USER_ID))
        .where(ACCESS_TOKEN.TOKEN_HASH.eq(tokenHash))
        .and(ACCESS_TOKEN.REVOKED_AT.isNull())
        .and(ACCESS_TOKEN.EXPIRES_AT.gt(now))
        .and(APP_USER.ACTIVE.isTrue())
        .fetchOptional(row -> UserRecordMapper.toDomain(row.into(APP_USER)));
  }
}
