package org.crms.application.service.auth;

import java.time.Instant;
import java.util.Optional;
import org.crms.application.port.out.PasswordHasher;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.AccountDisabledException;
import org.crms.domain.user.InvalidCredentialsException;
import org.crms.domain.user.PasswordHash;
import org.crms.domain.user.PasswordPolicy;
import org.crms.domain.user.User;
import org.crms.domain.user.Username;

/**
 * Checks a username and password. An unknown user costs the same hashing work as a wrong password,
 * so that response times do not reveal which accounts exist. Hashing runs outside any transaction,
 * so that slow password checks never hold database connections.
 */
public final class Credentials {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final UnitOfWork unitOfWork;
  private final PasswordHash decoy;

  public Credentials(UserRepository users, PasswordHasher hasher, UnitOfWork unitOfWork) {
    this.users = users;
    this.hasher = hasher;
    this.unitOfWork = unitOfWork;
    this.decoy = hasher.hash("decoy password that matches no account");
  }

  /**
   * @return the user whose credentials these are
   * @throws InvalidCredentialsException if the user is unknown or the password wrong
   * @throws AccountDisabledException if the password is right but the account is inactive
   */
  public User verify(String username, String password) {
    var user =
        parse(username).flatMap(name -> unitOfWork.readOnly(() -> users.findByUsername(name)));
    var candidate =
        password == null || password.length() > PasswordPolicy.MAX_LENGTH ? "" : password;
    var matches = hasher.matches(candidate, user.map(User::passwordHash).orElse(decoy));
    if (user.isEmpty() || !matches || candidate.isEmpty()) {
      throw new InvalidCredentialsException();
    }
    if (!user.get().isActive()) {
      throw new AccountDisabledException();
    }
    return user.get();
  }

  /** Stamps the user's last login; call inside the transaction that completes the login. */
  public void recordLogin(User user, Instant at) {
    users.recordLogin(user.id(), at);
  }

  private static Optional<Username> parse(String raw) {
    try {
      return Optional.of(new Username(raw == null ? "" : raw));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }
}
