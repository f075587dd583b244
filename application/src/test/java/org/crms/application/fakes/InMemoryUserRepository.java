package org.crms.application.fakes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;

/** Users in a map. */
public final class InMemoryUserRepository implements UserRepository {
  private final Map<UserId, User> rows = new LinkedHashMap<>();
  private final Map<UserId, Instant> lastLogins = new LinkedHashMap<>();

  @Override
  public Optional<User> findById(UserId id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public Optional<User> findByUsername(Username username) {
    return rows.values().stream()
        .filter(u -> u.username().canonical().equals(username.canonical()))
        .findFirst();
  }

  @Override
  public boolean usernameTaken(Username username) {
    return findByUsername(username).isPresent();
  }

  @Override
  public boolean emailTaken(EmailAddress email) {
    return rows.values().stream().anyMatch(u -> u.email().equals(email));
  }

  @Override
  public User add(User user) {
    rows.put(user.id(), user);
    return user;
  }

  @Override
  public void recordLogin(UserId id, Instant at) {
    lastLogins.put(id, at);
  }

  public Optional<Instant> lastLogin(UserId id) {
    return Optional.ofNullable(lastLogins.get(id));
  }
}
