package org.crms.application.service.auth;

import java.time.Clock;
import org.crms.application.port.in.auth.IssueAccessTokenCommand;
import org.crms.application.port.in.auth.IssueAccessTokenUseCase;
import org.crms.application.port.in.auth.IssuedAccessToken;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.user.AccessTokenKind;
import org.crms.domain.user.AccountDisabledException;
import org.crms.domain.user.InvalidCredentialsException;
import org.crms.domain.user.User;

/**
 * Logs in with a username and password: issues a session token that expires after a configured
 * lifetime. Attempts are throttled per address and account; every attempt, failed or not, is in the
 * audit trail with the address it came from.
 */
public final class IssueAccessTokenService implements IssueAccessTokenUseCase {
  private final Credentials credentials;
  private final LoginAttempts attempts;
  private final TokenIssuer issuer;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final TokenLifetimes lifetimes;

  public IssueAccessTokenService(
      Credentials credentials,
      LoginAttempts attempts,
      TokenIssuer issuer,
      UnitOfWork unitOfWork,
      Clock clock,
      TokenLifetimes lifetimes) {
    this.credentials = credentials;
    this.attempts = attempts;
    this.issuer = issuer;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.lifetimes = lifetimes;
  }

  @Override
  public IssuedAccessToken issue(IssueAccessTokenCommand command) {
    attempts.admit("login", command.clientAddress(), command.username());
    var user = verified(command);
    return unitOfWork.inTransaction(
        () -> {
          var now = clock.instant();
          credentials.recordLogin(user, now);
          // Whatever session the caller held before ends here: a login never continues an old one.
          issuer.revoke(command.previousSecret(), now);
          var issued =
              command.browser()
                  ? issuer.issue(
                      user.id(), AccessTokenKind.BROWSER, null, lifetimes.browserAbsolute())
                  : issuer.issue(user.id(), AccessTokenKind.SESSION, null, lifetimes.api());
          attempts.succeeded(user, command.clientAddress(), now);
          return issued;
        });
  }

  private User verified(IssueAccessTokenCommand command) {
    try {
      return credentials.verify(command.username(), command.password());
    } catch (InvalidCredentialsException | AccountDisabledException refused) {
      attempts.failed(command.username(), command.clientAddress(), refused.getMessage());
      throw refused;
    }
  }
}
