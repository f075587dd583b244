package org.crms.application.service.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.crms.application.port.in.auth.IssuedAccessToken;
import org.crms.application.port.out.AccessTokenRepository;
import org.crms.application.port.out.StoredAccessToken;
import org.crms.domain.user.AccessTokenKind;
import org.crms.domain.user.UserId;

/** Makes a new token secret and stores its digest; the secret itself leaves only in the result. */
public final class TokenIssuer {
  private final AccessTokenRepository tokens;
  private final Clock clock;

  public TokenIssuer(AccessTokenRepository tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** Call inside the transaction that the token belongs to. */
  IssuedAccessToken issue(UserId owner, AccessTokenKind kind, String name, Duration lifetime) {
    var now = clock.instant();
    var secret = TokenSecrets.newSecret();
    var id = UUID.randomUUID();
    var expiresAt = now.plus(lifetime);
    tokens.add(
        new StoredAccessToken(
            id, owner, TokenSecrets.digest(secret), kind, name, now, expiresAt, null, null));
    return new IssuedAccessToken(id, secret, expiresAt, lifetime);
  }

  /** Revokes the token with this secret, if there is one; blank or absurd secrets are ignored. */
  void revoke(String secret, Instant at) {
    TokenSecrets.digestOfPresented(secret)
        .flatMap(tokens::findByHash)
        .ifPresent(t -> tokens.revoke(t.id(), at));
  }
}
