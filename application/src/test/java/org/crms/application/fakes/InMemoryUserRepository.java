package org.crms.application.fakes;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

/** Users in a map; stores copies so that callers cannot change stored state behind its back. */
public final class InMemoryUserRepository implements UserRepository {
  private static final Comparator<UserPosition> ORDER =
      Comparator.comparing((UserPosition p) -> p.username().toLowerCase(Locale.ROOT))
          .thenComparing(p -> p.id().value().toString());
  private final Map<UserId, User> rows = new LinkedHashMap<>();
  private final Map<UserId, Instant> lastLogins = new LinkedHashMap<>();
  private int adminLocks;

  @Override
  public Optional<User> findById(UserId id) {
    return Optional.ofNullable(rows.get(id)).map(u -> copy(u, u.version()));
  }

  @Override
  public Optional<User> findByUsername(Username username) {
    return rows.values().stream()
        .filter(u -> u.username().canonical().equals(username.canonical()))
        .findFirst()
        .map(u -> copy(u, u.version()));
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
  public List<User> list(UserFilter filter, UserPosition after, int limit) {
    return rows.values().stream()
        .filter(u -> filter.active() == null || u.isActive() == filter.active())
        .filter(u -> filter.role() == null || u.role() == filter.role())
        .filter(u -> filter.text() == null || contains(u, filter.text()))
        .filter(u -> after == null || ORDER.compare(UserPosition.of(u), after) > 0)
        .sorted(Comparator.comparing(UserPosition::of, ORDER))
        .limit(limit)
        .map(u -> copy(u, u.version()))
        .toList();
  }

  private static boolean contains(User user, String text) {
    var fragment = text.toLowerCase(java.util.Locale.ROOT);
    return user.username().value().toLowerCase(java.util.Locale.ROOT).contains(fragment)
        || user.email().value().contains(fragment);
  }

  @Override
  public long lockActiveAdmins() {
    adminLocks++;
    return rows.values().stream().filter(u -> u.isActive() && u.role() == Role.ADMIN).count();
  }

  @Override
  public User add(User user) {
    if (usernameTaken(user.username())) {
      throw new UsernameTakenException();
    }
    if (emailTaken(user.email())) {
      throw new EmailTakenException();
    }
    rows.put(user.id(), copy(user, user.version()));
    return copy(user, user.version());
  }

  @Override
  public User update(User user) {
    var stored = rows.get(user.id());
    if (stored == null || stored.version() != user.version()) {
      throw new StaleAggregateException("User", user.id());
    }
    var next = copy(user, user.version() + 1);
    rows.put(user.id(), next);
    return copy(next, next.version());
  }

  @Override
  public void recordLogin(UserId id, Instant at) {
    lastLogins.put(id, at);
  }

  public Optional<Instant> lastLogin(UserId id) {
    return Optional.ofNullable(lastLogins.get(id));
  }

  /** How often the active admins were locked: every account change must do it. */
  public int adminLocks() {
    return adminLocks;
  }

  private static User copy(User u, long version) {
    return User.builder()
        .id(u.id())
        .username(u.username())
        .email(u.email())
        .firstName(u.firstName().orElse(null))
        .lastName(u.lastName().orElse(null))
        .role(u.role())
        .active(u.isActive())
        .passwordHash(u.passwordHash())
        .createdAt(u.createdAt())
        .lastLoginAt(u.lastLoginAt().orElse(null))
        .version(version)
        .build();
  }
}
