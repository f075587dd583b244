package org.crms.application.service.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.crms.application.port.in.auth.IssueAccessTokenCommand;
import org.crms.application.port.in.auth.IssueAccessTokenUseCase;
import org.crms.application.port.in.auth.IssuedAccessToken;
import org.crms.application.port.out.AccessTokenRepository;
import org.crms.application.port.out.StoredAccessToken;
import org.crms.application.port.out.UnitOfWork;

/** Checks credentials and issues a bearer token that expires after a configured lifetime. */
public final class IssueAccessTokenService implements IssueAccessTokenUseCase {
  private final Credentials credentials;
  private final AccessTokenRepository tokens;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Duration lifetime;

  public IssueAccessTokenService(
      Credentials credentials,
      AccessTokenRepository tokens,
      UnitOfWork unitOfWork,
      Clock clock,
      Duration lifetime) {
    this.credentials = credentials;
    this.tokens = tokens;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  @Override
  public IssuedAccessToken issue(IssueAccessTokenCommand command) {
    var user = credentials.verify(command.username(), command.password());
    return unitOfWork.inTransaction(
        () -> {
          var now = clock.instant();
          credentials.recordLogin(user, now);
          var secret = TokenSecrets.newSecret();
          var expiresAt = now.plus(lifetime);
          tokens.add(
              new StoredAccessToken(
                  UUID.randomUUID(), user.id(), TokenSecrets.digest(secret), now, expiresAt));
          return new IssuedAccessToken(secret, expiresAt, lifetime);
        });
  }
}
