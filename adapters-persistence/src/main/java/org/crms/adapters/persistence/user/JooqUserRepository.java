package org.crms.adapters.persistence.user;

import static org.crms.adapters.persistence.jooq.Tables.APP_USER;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.val;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.crms.adapters.persistence.shared.UniqueViolation;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.user.EmailTakenException;
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
