package org.crms.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.crms.domain.user.User;

/**
 * Stores API access tokens by the hash of their secret, so that a leaked table reveals no usable
 * token. Kept in the database so that every application node sees a revocation at once.
 */
public interface AccessTokenRepository {
  void add(StoredAccessToken token);

  /** The active owner of an unexpired, unrevoked token with this hash. */
  Optional<User> findActiveOwner(String tokenHash, Instant now);
}
