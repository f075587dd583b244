package org.crms.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crms.application.port.out.AccessTokenRepository;
import org.crms.application.port.out.ActiveToken;
import org.crms.application.port.out.StoredAccessToken;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.user.AccessTokenKind;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;

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
  public Optional<ActiveToken> findActive(String tokenHash, Instant now) {
    return findByHash(tokenHash)
        .filter(t -> t.revokedAt() == null && t.expiresAt().isAfter(now))
        .flatMap(
            t -> users.findById(t.owner()).filter(User::isActive).map(u -> new ActiveToken(t, u)));
  }

  @Override
  public void touch(UUID id, Instant at) {
    for (var i = 0; i < tokens.size(); i++) {
      var t = tokens.get(i);
      if (t.id().equals(id)) {
        tokens.set(
            i,
            new StoredAccessToken(
                t.id(),
                t.owner(),
                t.tokenHash(),
                t.kind(),
                t.name(),
                t.issuedAt(),
                t.expiresAt(),
                t.revokedAt(),
                at));
      }
    }
  }

  @Override
  public Optional<StoredAccessToken> findById(UUID id) {
    return tokens.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  @Override
  public Optional<StoredAccessToken> findByHash(String tokenHash) {
    return tokens.stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
  }

  @Override
  public List<StoredAccessToken> listPersonal(UserId owner) {
    return tokens.stream()
        .filter(t -> t.owner().equals(owner) && t.kind() == AccessTokenKind.PERSONAL)
        .filter(t -> t.revokedAt() == null)
        .sorted(Comparator.comparing(StoredAccessToken::issuedAt).reversed())
        .toList();
  }

  @Override
  public boolean revoke(UUID id, Instant at) {
    for (var i = 0; i < tokens.size(); i++) {
      var t = tokens.get(i);
      if (t.id().equals(id) && t.revokedAt() == null) {
        tokens.set(i, revoked(t, at));
        return true;
      }
    }
    return false;
  }

  @Override
  public int revokeAllOf(UserId owner, Instant at) {
    var count = 0;
    for (var i = 0; i < tokens.size(); i++) {
      var t = tokens.get(i);
      if (t.owner().equals(owner) && t.revokedAt() == null) {
        tokens.set(i, revoked(t, at));
        count++;
      }
    }
    return count;
  }

  public List<StoredAccessToken> stored() {
    return List.copyOf(tokens);
  }

  private static StoredAccessToken revoked(StoredAccessToken t, Instant at) {
    return new StoredAccessToken(
        t.id(),
        t.owner(),
        t.tokenHash(),
        t.kind(),
        t.name(),
        t.issuedAt(),
        t.expiresAt(),
        at,
        t.lastUsedAt());
  }
}
