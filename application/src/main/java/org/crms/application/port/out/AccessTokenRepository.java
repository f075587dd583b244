package org.crms.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crms.domain.user.UserId;

/**
 * Stores API access tokens by the hash of their secret, so that a leaked table reveals no usable
 * token. Kept in the database so that every application node sees a revocation at once.
 */
public interface AccessTokenRepository {
  void add(StoredAccessToken token);

  /** An unexpired, unrevoked token with this hash whose owner is active, with that owner. */
  Optional<ActiveToken> findActive(String tokenHash, Instant now);

  /** Records that the token served a request at that instant. */
  void touch(UUID id, Instant at);

  Optional<StoredAccessToken> findById(UUID id);

  Optional<StoredAccessToken> findByHash(String tokenHash);

  /** The owner's personal tokens that are not revoked, newest first (expired ones included). */
  List<StoredAccessToken> listPersonal(UserId owner);

  /** Marks the token revoked unless it already is. @return whether this call revoked it */
  boolean revoke(UUID id, Instant at);

  /** Revokes every unrevoked token of the owner. @return how many were revoked */
  int revokeAllOf(UserId owner, Instant at);
}
