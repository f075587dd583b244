package org.crms.application.port.out;

import java.time.Instant;
import java.util.Optional;
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
   * @return the user as stored
   */
  User add(User user);

  void recordLogin(UserId id, Instant at);
}
