package org.crms.application.service.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.crms.application.port.in.auth.AccessTokenNotFoundException;
import org.crms.application.port.in.auth.CreatePersonalTokenCommand;
import org.crms.application.port.in.auth.CreatePersonalTokenUseCase;
import org.crms.application.port.in.auth.IssuedAccessToken;
import org.crms.application.port.in.auth.ListPersonalTokensQuery;
import org.crms.application.port.in.auth.ListPersonalTokensUseCase;
import org.crms.application.port.in.auth.PersonalToken;
import org.crms.application.port.in.auth.RevokePersonalTokenCommand;
import org.crms.application.port.in.auth.RevokePersonalTokenUseCase;
import org.crms.application.port.out.AccessTokenRepository;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.StoredAccessToken;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.Text;
import org.crms.domain.shared.Violations;
import org.crms.domain.user.AccessTokenKind;
import org.crms.domain.user.Actor;

/** A user's own personal API tokens: create (secret shown once), list, revoke. */
public final class PersonalTokenService
    implements CreatePersonalTokenUseCase, ListPersonalTokensUseCase, RevokePersonalTokenUseCase {
  static final int DEFAULT_DAYS = 90;
  static final int MAX_DAYS = 365;

  private final AccessTokenRepository tokens;
  private final TokenIssuer issuer;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public PersonalTokenService(
      AccessTokenRepository tokens,
      TokenIssuer issuer,
      AuditTrail auditTrail,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.tokens = tokens;
    this.issuer = issuer;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public IssuedAccessToken create(CreatePersonalTokenCommand command) {
    var violations = new Violations();
    var name = violations.check(() -> Text.required("name", command.name(), 100));
    var days = violations.check(() -> validDays(command.validDays()));
    violations.throwIfAny();
    var owner = command.actor().userId();
    return unitOfWork.inTransaction(
        () -> {
          var issued = issuer.issue(owner, AccessTokenKind.PERSONAL, name, Duration.ofDays(days));
          audit(
              command.actor(),
              AuditAction.TOKEN_CREATED,
              issued.id(),
              name,
              issued.expiresAt().minus(issued.lifetime()));
          return issued;
        });
  }

  @Override
  public List<PersonalToken> list(ListPersonalTokensQuery query) {
    var owner = query.actor().userId();
    return unitOfWork.readOnly(
        () -> tokens.listPersonal(owner).stream().map(PersonalTokenService::summary).toList());
  }

  @Override
  public void revoke(RevokePersonalTokenCommand command) {
    var owner = command.actor().userId();
    unitOfWork.inTransaction(
        () -> {
          var token =
              tokens
                  .findById(command.tokenId())
                  .filter(t -> t.kind() == AccessTokenKind.PERSONAL && t.owner().equals(owner))
                  .orElseThrow(() -> new AccessTokenNotFoundException(command.tokenId()));
          var now = clock.instant();
          if (tokens.revoke(token.id(), now)) {
            audit(command.actor(), AuditAction.TOKEN_REVOKED, token.id(), token.name(), now);
          }
          return null;
        });
  }

  private void audit(
      Actor actor, AuditAction action, java.util.UUID tokenId, String name, java.time.Instant at) {
    auditTrail.append(
        AuditEvent.withDetails(
            actor.userId(),
            at,
            action,
            ItemType.USER,
            actor.userId().value(),
            Map.of("tokenId", tokenId.toString(), "tokenName", name == null ? "" : name)));
  }

  private static int validDays(Integer requested) {
    var days = requested == null ? DEFAULT_DAYS : requested;
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidValueException("validDays", "Must be between 1 and " + MAX_DAYS + ".");
    }
    return days;
  }

  private static PersonalToken summary(StoredAccessToken token) {
    return new PersonalToken(token.id(), token.name(), token.issuedAt(), token.expiresAt());
  }
}
