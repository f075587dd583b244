package org.crms.application.service.auth;

import java.time.Clock;
import java.util.Optional;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.auth.AuthenticatedUser;
import org.crms.application.port.out.AccessTokenRepository;
import org.crms.application.port.out.UnitOfWork;

/**
 * Resolves a bearer token against the database on every request, so revocation is immediate on
 * every node.
 */
public final class AuthenticateAccessTokenService implements AuthenticateAccessTokenUseCase {
  private static final int MAX_SECRET_LENGTH = 128;
  private final AccessTokenRepository tokens;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public AuthenticateAccessTokenService(
      AccessTokenRepository tokens, UnitOfWork unitOfWork, Clock clock) {
    this.tokens = tokens;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public Optional<AuthenticatedUser> authenticate(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > MAX_SECRET_LENGTH) {
      return Optional.empty();
    }
    var digest = TokenSecrets.digest(secret.strip());
    return unitOfWork
        .readOnly(() -> tokens.findActiveOwner(digest, clock.instant()))
        .map(user -> new AuthenticatedUser(user.id(), user.username(), user.role()));
  }
}
