package org.crms.application.service.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.auth.AuthenticatedUser;
import org.crms.application.port.out.AccessTokenRepository;
import org.crms.application.port.out.ActiveToken;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.user.AccessTokenKind;

/**
 * Resolves a token against the database on every request, so that revocation, deactivation and role
 * changes apply at once on every node. Browser sessions also end after a while without use; their
 * use is recorded at most once a minute, so that reading stays cheap.
 */
public final class AuthenticateAccessTokenService implements AuthenticateAccessTokenUseCase {
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
  private final AccessTokenRepository tokens;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Duration browserIdle;

  public AuthenticateAccessTokenService(
      AccessTokenRepository tokens, UnitOfWork unitOfWork, Clock clock, Duration browserIdle) {
    this.tokens = tokens;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.browserIdle = browserIdle;
  }

  @Override
  public Optional<AuthenticatedUser> authenticate(String secret) {
    var digest = TokenSecrets.digestOfPresented(secret);
    if (digest.isEmpty()) {
      return Optional.empty();
    }
    var now = clock.instant();
    var active =
        unitOfWork.readOnly(() -> tokens.findActive(digest.get(), now)).filter(t -> !idle(t, now));
    active.filter(t -> dueForTouch(t, now)).ifPresent(t -> touch(t, now));
    return active
        .map(t -> t.owner())
        .map(u -> new AuthenticatedUser(u.id(), u.username(), u.role()));
  }

  private boolean idle(ActiveToken active, java.time.Instant now) {
    var token = active.token();
    return token.kind() == AccessTokenKind.BROWSER
        && !token.lastActivity().plus(browserIdle).isAfter(now);
  }

  private static boolean dueForTouch(ActiveToken active, java.time.Instant now) {
    var token = active.token();
    return token.kind() == AccessTokenKind.BROWSER
        && !token.lastActivity().plus(TOUCH_EVERY).isAfter(now);
  }

  private void touch(ActiveToken active, java.time.Instant now) {
    unitOfWork.inTransaction(
        () -> {
          tokens.touch(active.token().id(), now);
          return null;
        });
  }
}
