package org.crms.adapters.persistence.user;

import static org.crms.adapters.persistence.jooq.Tables.APP_USER;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.crms.adapters.persistence.shared.LikePattern;
import org.crms.adapters.persistence.shared.UniqueViolation;
import org.crms.application.port.in.user.UserFilter;
import org.crms.application.port.in.user.UserPosition;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.EmailTakenException;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;
import org.crms.domain.user.UsernameTakenException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** User accounts in PostgreSQL. Runs inside the caller's transaction and never opens one. */
@Singleton
public final class JooqUserRepository implements UserRepository {
  static final String USERNAME_UNIQUE = "app_user_username_uq";
  static final String EMAIL_UNIQUE = "app_user_email_uq";

  private final DSLContext dsl;

  public JooqUserRepository(DSLContext dsl) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
  }

  @Override
  public Optional<User> findById(UserId id) {
    return dsl.selectFrom(APP_USER)
        .where(APP_USER.ID.eq(id.value()))
        .fetchOptional(UserRecordMapper::toDomain);
  }

  @Override
  public Optional<User> findByUsername(Username username) {
    return dsl.selectFrom(APP_USER)
        .where(sameUsername(username))
        .fetchOptional(UserRecordMapper::toDomain);
  }

  @Override
  public boolean usernameTaken(Username username) {
    return dsl.fetchExists(APP_USER, sameUsername(username));
  }

  @Override
  public boolean emailTaken(EmailAddress email) {
    return dsl.fetchExists(APP_USER, lower(APP_USER.EMAIL).eq(lower(val(email.value()))));
  }

  // lower() on both sides, exactly as the unique index compares, so that the index serves the
  // look-up.
  private static Condition sameUsername(Username username) {
    return lower(APP_USER.USERNAME).eq(lower(val(username.value())));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The unique index on {@code lower(username)} seeks to the position and supplies the order; as
   * no two users share a lowered name, the id only makes the order total.
   */
  @Override
  public List<User> list(UserFilter filter, UserPosition after, int limit) {
    return dsl.selectFrom(APP_USER)
        .where(matching(filter))
        .and(after == null ? noCondition() : keysetAfter(after))
        .orderBy(lower(APP_USER.USERNAME), APP_USER.ID)
        .limit(limit)
        .fetch(UserRecordMapper::toDomain);
  }

  private static Condition matching(UserFilter filter) {
    var condition = noCondition();
    if (filter.active() != null) {
      condition = condition.and(APP_USER.ACTIVE.eq(filter.active()));
    }
    if (filter.role() != null) {
      condition = condition.and(APP_USER.ROLE.eq(UserRecordMapper.roleCode(filter.role())));
    }
    if (filter.text() != null) {
      var pattern = LikePattern.containing(filter.text().toLowerCase(Locale.ROOT));
      condition =
          condition.and(
              lower(APP_USER.USERNAME)
                  .like(pattern, LikePattern.ESCAPE)
                  .or(APP_USER.EMAIL.like(pattern, LikePattern.ESCAPE)));
    }
    return condition;
  }

  /**
   * Row-value comparison, so that PostgreSQL can seek straight to the position. The position's name
   * goes through the same lower() as the order, so that Java's and PostgreSQL's case rules never
   * disagree.
   */
  private static Condition keysetAfter(UserPosition after) {
    return row(lower(APP_USER.USERNAME), APP_USER.ID)
        .gt(row(lower(val(after.username())), val(after.id().value())));
  }

  /**
   * {@inheritDoc}
   *
   * <p>FOR NO KEY UPDATE is the lock an UPDATE of these rows takes itself, so it conflicts with
   * another caller's lock and with any change to an admin's row, and is held until the transaction
   * ends. Unlike FOR UPDATE it lets foreign-key checks through (they take FOR KEY SHARE), so
   * inserting an audit event or a token that refers to an admin does not wait for the lock. The
   * rows are locked in id order, so that two callers cannot deadlock on them. PostgreSQL does not
   * lock rows under an aggregate, hence the count in Java.
   */
  @Override
  public long lockActiveAdmins() {
    return dsl.select(APP_USER.ID)
        .from(APP_USER)
        .where(APP_USER.ROLE.eq(UserRecordMapper.roleCode(Role.ADMIN)))
        .and(APP_USER.ACTIVE.isTrue())
        .orderBy(APP_USER.ID)
        .forNoKeyUpdate()
        .fetch()
        .size();
  }

  /**
   * {@inheritDoc}
   *
   * @throws UsernameTakenException if the name was taken since the service checked it
   * @throws EmailTakenException if the e-mail address was taken since the service checked it
   */
  @Override
  public User add(User user) {
    try {
      return dsl.insertInto(APP_USER)
          .set(UserRecordMapper.toRecord(user))
          .returning()
          .fetchOne(UserRecordMapper::toDomain);
    } catch (DataAccessException e) {
      if (UniqueViolation.of(e, USERNAME_UNIQUE)) {
        throw new UsernameTakenException();
      }
      if (UniqueViolation.of(e, EMAIL_UNIQUE)) {
        throw new EmailTakenException();
      }
      throw e;
    }
  }

  /** Compare-and-set on the version, in one statement, so that no concurrent edit is lost. */
  @Override
  public User update(User user) {
    return dsl.update(APP_USER)
        .set(APP_USER.ROLE, UserRecordMapper.roleCode(user.role()))
        .set(APP_USER.ACTIVE, user.isActive())
        .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
        .where(APP_USER.ID.eq(user.id().value()))
        .and(APP_USER.VERSION.eq(user.version()))
        .returning()
        .fetchOptional(UserRecordMapper::toDomain)
        .orElseThrow(() -> new StaleAggregateException("User", user.id()));
  }

  // Leaves the version alone: logging in is not an edit, and must not make an admin's pending edit
  // stale.
  @Override
  public void recordLogin(UserId id, Instant at) {
    dsl.update(APP_USER)
        .set(APP_USER.LAST_LOGIN_AT, at)
        .where(APP_USER.ID.eq(id.value()))
        .execute();
  }
}
