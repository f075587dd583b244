package org.crms.adapters.persistence.idempotency;

import static org.crms.adapters.persistence.jooq.Tables.IDEMPOTENCY_KEY;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.crms.adapters.persistence.jooq.tables.records.IdempotencyKeyRecord;
import org.crms.application.port.in.idempotency.IdempotencyKey;
import org.crms.application.port.in.idempotency.RememberedResponse;
import org.crms.application.port.out.IdempotencyKeys;
import org.crms.domain.user.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Idempotency keys in PostgreSQL. Runs inside the caller's transaction and never opens one. */
@Singleton
public final class JooqIdempotencyKeys implements IdempotencyKeys {
  private final DSLContext dsl;

  public JooqIdempotencyKeys(DSLContext dsl) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
  }

  @Override
  public boolean claim(IdempotencyKey key, String fingerprint, Instant at) {
    return dsl.insertInto(IDEMPOTENCY_KEY)
            .set(IDEMPOTENCY_KEY.USER_ID, key.user().value())
            .set(IDEMPOTENCY_KEY.KEY, key.value())
            .set(IDEMPOTENCY_KEY.FINGERPRINT, fingerprint)
            .set(IDEMPOTENCY_KEY.CLAIMED_AT, at)
            .onConflictDoNothing()
            .execute()
        == 1;
  }

  @Override
  public Optional<StoredKey> find(IdempotencyKey key) {
    return dsl.selectFrom(IDEMPOTENCY_KEY)
        .where(is(key))
        .fetchOptional(JooqIdempotencyKeys::stored);
  }

  @Override
  public boolean reclaim(
      IdempotencyKey key, String fingerprint, Instant seenClaimedAt, Instant at) {
    return dsl.update(IDEMPOTENCY_KEY)
            .set(IDEMPOTENCY_KEY.FINGERPRINT, fingerprint)
            .set(IDEMPOTENCY_KEY.CLAIMED_AT, at)
            .setNull(IDEMPOTENCY_KEY.STATUS)
            .setNull(IDEMPOTENCY_KEY.CONTENT_TYPE)
            .setNull(IDEMPOTENCY_KEY.BODY)
            .setNull(IDEMPOTENCY_KEY.LOCATION)
            .setNull(IDEMPOTENCY_KEY.ENTITY_TAG)
            .where(is(key))
            .and(IDEMPOTENCY_KEY.CLAIMED_AT.eq(seenClaimedAt))
            .execute()
        == 1;
  }

  @Override
  public void remember(IdempotencyKey key, RememberedResponse response) {
    dsl.update(IDEMPOTENCY_KEY)
        .set(IDEMPOTENCY_KEY.STATUS, response.status())
        .set(IDEMPOTENCY_KEY.CONTENT_TYPE, response.contentType())
        .set(IDEMPOTENCY_KEY.BODY, response.body())
        .set(IDEMPOTENCY_KEY.LOCATION, response.location())
        .set(IDEMPOTENCY_KEY.ENTITY_TAG, response.entityTag())
        .where(is(key))
        .execute();
  }

  @Override
  public void forget(IdempotencyKey key) {
    dsl.deleteFrom(IDEMPOTENCY_KEY).where(is(key)).execute();
  }

  @Override
  public void forgetClaimedBefore(UserId user, Instant before) {
    dsl.deleteFrom(IDEMPOTENCY_KEY)
        .where(IDEMPOTENCY_KEY.USER_ID.eq(user.value()))
        .and(IDEMPOTENCY_KEY.CLAIMED_AT.lt(before))
        .execute();
  }

  private static Condition is(IdempotencyKey key) {
    return IDEMPOTENCY_KEY.USER_ID.eq(key.user().value()).and(IDEMPOTENCY_KEY.KEY.eq(key.value()));
  }

  private static StoredKey stored(IdempotencyKeyRecord row) {
    var response =
        row.getStatus() == null
            ? Optional.<RememberedResponse>empty()
            : Optional.of(
                new RememberedResponse(
                    row.getStatus(),
                    row.getContentType(),
                    row.getBody(),
                    row.getLocation(),
                    row.getEntityTag()));
    return new StoredKey(row.getFingerprint(), row.getClaimedAt(), response);
  }
}
