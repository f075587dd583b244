package org.crms.adapters.persistence.user;

import static org.crms.adapters.persistence.jooq.Tables.ACCESS_TOKEN;
import static org.crms.adapters.persistence.jooq.Tables.APP_USER;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crms.application.port.out.AccessTokenRepository;
import org.crms.application.port.out.ActiveToken;
import org.crms.application.port.out.StoredAccessToken;
import org.crms.domain.user.AccessTokenKind;
import org.crms.domain.user.UserId;
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
    dsl.insertInto(ACCESS_TOKEN).set(AccessTokenRecordMapper.toRecord(token)).execute();
  }

  /**
   * One query decides it all, so that a token cannot outlive its revocation, its expiry or its
   * owner's account.
   */
  @Override
  public Optional<ActiveToken> findActive(String tokenHash, Instant now) {
    // One indexed join per request: the token with its owner's current role and active flag.
    return dsl.select(ACCESS_TOKEN.asterisk(), APP_USER.asterisk())
        .from(ACCESS_TOKEN)
        .join(APP_USER)
        .on(APP_USER.ID.eq(ACCESS_TOKEN.USER_ID))
        .where(ACCESS_TOKEN.TOKEN_HASH.eq(tokenHash))
        .and(ACCESS_TOKEN.REVOKED_AT.isNull())
        .and(ACCESS_TOKEN.EXPIRES_AT.gt(now))
        .and(APP_USER.ACTIVE.isTrue())
        .fetchOptional(
            row ->
                new ActiveToken(
                    AccessTokenRecordMapper.toDomain(row.into(ACCESS_TOKEN)),
                    UserRecordMapper.toDomain(row.into(APP_USER))));
  }

  @Override
  public void touch(UUID id, Instant at) {
    dsl.update(ACCESS_TOKEN)
        .set(ACCESS_TOKEN.LAST_USED_AT, at)
        .where(ACCESS_TOKEN.ID.eq(id))
        .execute();
  }

  @Override
  public Optional<StoredAccessToken> findById(UUID id) {
    return dsl.selectFrom(ACCESS_TOKEN)
        .where(ACCESS_TOKEN.ID.eq(id))
        .fetchOptional(AccessTokenRecordMapper::toDomain);
  }

  @Override
  public Optional<StoredAccessToken> findByHash(String tokenHash) {
    return dsl.selectFrom(ACCESS_TOKEN)
        .where(ACCESS_TOKEN.TOKEN_HASH.eq(tokenHash))
        .fetchOptional(AccessTokenRecordMapper::toDomain);
  }

  /** Served by the partial index {@code access_token_personal_idx} (see V2), order included. */
  @Override
  public List<StoredAccessToken> listPersonal(UserId owner) {
    return dsl.selectFrom(ACCESS_TOKEN)
        .where(ACCESS_TOKEN.USER_ID.eq(owner.value()))
        .and(ACCESS_TOKEN.KIND.eq(AccessTokenRecordMapper.kindCode(AccessTokenKind.PERSONAL)))
        .and(ACCESS_TOKEN.REVOKED_AT.isNull())
        .orderBy(ACCESS_TOKEN.ISSUED_AT.desc(), ACCESS_TOKEN.ID.desc())
        .fetch(AccessTokenRecordMapper::toDomain);
  }

  /**
   * The condition on {@code revoked_at} makes it idempotent and keeps the first revocation's
   * instant; of two concurrent calls, only one sees its update count as 1.
   */
  @Override
  public boolean revoke(UUID id, Instant at) {
    return dsl.update(ACCESS_TOKEN)
            .set(ACCESS_TOKEN.REVOKED_AT, at)
            .where(ACCESS_TOKEN.ID.eq(id))
            .and(ACCESS_TOKEN.REVOKED_AT.isNull())
            .execute()
        == 1;
  }

  /** Tokens revoked before keep the instant of their first revocation. */
  @Override
  public int revokeAllOf(UserId owner, Instant at) {
    return dsl.update(ACCESS_TOKEN)
        .set(ACCESS_TOKEN.REVOKED_AT, at)
        .where(ACCESS_TOKEN.USER_ID.eq(owner.value()))
        .and(ACCESS_TOKEN.REVOKED_AT.isNull())
        .execute();
  }
}
