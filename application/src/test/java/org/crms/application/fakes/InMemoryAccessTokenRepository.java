package org.crms.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crms.application.port.out.AccessTokenRepository;
import org.crms.application.port.out.StoredAccessToken;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.user.User;

/** Tokens in a list, resolved against a user repository. */
public final class InMemoryAccessTokenRepository implements AccessTokenRepository {
  private final List<StoredAccessToken> tokens = new ArrayList<>();
  private final UserRepository users;

  public InMemoryAccessTokenRepository(UserRepository users) {
    this.users = users;
  }

  @Override
  public void add(StoredAccessToken token) {
    tokens.add(token);
  }

  @Override
  public Optional<User> findActiveOwner(String tokenHash, Instant now) {
    return tokens.stream()
        .filter(t -> t.tokenHash().equals(tokenHash) && t.expiresAt().isAfter(now))
        .findFirst()
        .flatMap(t -> users.findById(t.owner()))
        .filter(User::isActive);
  }

  public List<StoredAccessToken> stored() {
    return List.copyOf(tokens);
  }
}
