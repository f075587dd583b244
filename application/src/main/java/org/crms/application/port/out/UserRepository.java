package org.crms.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crms.application.port.in.user.UserFilter;
import org.crms.application.port.in.user.UserPosition;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;

/** Loads and stores user accounts; applies no business rules. */
public interface UserRepository {
  Optional<User> findById(UserId id);

  /** Looks the user up regardless of the case of the name. */
  Optional<User> findByUsername(Username username);

  boolean usernameTaken(Username username);

  boolean emailTaken(EmailAddress email);

  /**
   * Users matching the filter, ordered by username regardless of case, then id, strictly after the
   * position if given.
   */
  List<User> list(UserFilter filter, UserPosition after, int limit);

  /**
   * Counts the active admins and locks their rows until the transaction ends, so that two admins
   * demoting each other at the same moment cannot leave none.
   */
  long lockActiveAdmins();

  /**
   * @return the user as stored
   * @throws org.crms.domain.user.UsernameTakenException if the username is taken
   * @throws org.crms.domain.user.EmailTakenException if the e-mail address is taken
   */
  User add(User user);

  /**
   * Stores the role and active flag of a changed user, provided the stored version is still the one
   * it was read at.
   *
   * @return the user as stored, with its new version
   * @throws org.crms.domain.shared.StaleAggregateException if the stored version moved on
   */
  User update(User user);

  /** Stamps the last login without changing the version, so a login never makes an edit stale. */
  void recordLogin(UserId id, Instant at);
}
