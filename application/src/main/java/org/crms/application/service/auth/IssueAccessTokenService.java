package org.crms.application.service.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.crms.application.port.in.auth.IssueAccessTokenCommand;
import org.crms.application.port.in.auth.IssueAccessTokenUseCase;
import org.crms.application.port.in.auth.IssuedAccessToken;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.DomainException;
import org.crms.domain.user.AccessTokenKind;

/**
 * Logs in with a username and password: issues a session token that expires after a configured
 * lifetime. Every attempt, failed or not, is in the audit trail with the address it came from.
 */
public final class IssueAccessTokenService implements IssueAccessTokenUseCase {
  /**
   * Longer attempted names are cut, so that nobody can flood the audit trail through this field.
   */
  private static final int MAX_AUDITED_USERNAME = 50;

  private final Credentials credentials;
  private final TokenIssuer issuer;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Duration lifetime;

  public IssueAccessTokenService(
      Credentials credentials,
      TokenIssuer issuer,
      AuditTrail auditTrail,
      UnitOfWork unitOfWork,
      Clock clock,
      Duration lifetime) {
    this.credentials = credentials;
    this.issuer = issuer;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  @Override
  public IssuedAccessToken issue(IssueAccessTokenCommand command) {
    var user = verified(command);
    return unitOfWork.inTransaction(
        () -> {
          var now = clock.instant();
          credentials.recordLogin(user, now);
          var issued = issuer.issue(user.id(), AccessTokenKind.SESSION, null, lifetime);
          auditTrail.append(
              AuditEvent.withDetails(
                  user.id(),
                  now,
                  AuditAction.LOGIN_SUCCEEDED,
                  ItemType.USER,
                  user.id().value(),
                  address(command)));
          return issued;
        });
  }

  private org.crms.domain.user.User verified(IssueAccessTokenCommand command) {
    try {
      return credentials.verify(command.username(), command.password());
    } catch (DomainException refused) {
      auditFailure(command, refused);
      throw refused;
    }
  }

  private void auditFailure(IssueAccessTokenCommand command, DomainException refused) {
    var details = new java.util.HashMap<>(address(command));
    details.put("username", truncated(command.username()));
    details.put("reason", refused.getMessage());
    unitOfWork.inTransaction(
        () -> {
          auditTrail.append(
              AuditEvent.withDetails(
                  null, clock.instant(), AuditAction.LOGIN_FAILED, ItemType.USER, null, details));
          return null;
        });
  }

  private static Map<String, String> address(IssueAccessTokenCommand command) {
    return command.clientAddress() == null ? Map.of() : Map.of("address", command.clientAddress());
  }

  private static String truncated(String username) {
    if (username == null) {
      return "";
    }
    return username.length() <= MAX_AUDITED_USERNAME
        ? username
        : username.substring(0, MAX_AUDITED_USERNAME);
  }
}
