package org.crms.application.service.auth;

import java.time.Clock;
import org.crms.application.port.in.auth.LogOutCommand;
import org.crms.application.port.in.auth.LogOutUseCase;
import org.crms.application.port.out.AccessTokenRepository;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;

/** Revokes the token the caller logged in with; another user's token is never touched. */
public final class LogOutService implements LogOutUseCase {
  private final AccessTokenRepository tokens;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public LogOutService(
      AccessTokenRepository tokens, AuditTrail auditTrail, UnitOfWork unitOfWork, Clock clock) {
    this.tokens = tokens;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public void logOut(LogOutCommand command) {
    var owner = command.actor().userId();
    unitOfWork.inTransaction(
        () -> {
          var token =
              TokenSecrets.digestOfPresented(command.secret())
                  .flatMap(tokens::findByHash)
                  .filter(t -> t.owner().equals(owner));
          var now = clock.instant();
          if (token.isPresent() && tokens.revoke(token.get().id(), now)) {
            auditTrail.append(
                AuditEvent.of(
                    owner,
                    now,
                    AuditAction.LOGGED_OUT,
                    ItemType.USER,
                    owner.value(),
                    java.util.List.of()));
          }
          return null;
        });
  }
}
