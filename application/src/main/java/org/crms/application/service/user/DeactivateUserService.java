package org.crms.application.service.user;

import java.time.Clock;
import org.crms.application.port.in.user.DeactivateUserCommand;
import org.crms.application.port.in.user.DeactivateUserUseCase;
import org.crms.application.port.out.AccessTokenRepository;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.user.User;

/**
 * Stops a user from logging in. Their tokens are refused from the next request on anyway (every
 * request checks the owner is active); revoking them as well keeps them dead if the account is
 * activated again.
 */
public final class DeactivateUserService implements DeactivateUserUseCase {
  private final AccountChange accountChange;
  private final AccessTokenRepository tokens;
  private final Clock clock;

  public DeactivateUserService(
      AccountChange accountChange, AccessTokenRepository tokens, Clock clock) {
    this.accountChange = accountChange;
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public User deactivate(DeactivateUserCommand command) {
    var actor = command.actor();
    return accountChange.apply(
        actor,
        command.userId(),
        AuditAction.DEACTIVATED,
        (user, admins) -> user.deactivate(actor, admins),
        () -> tokens.revokeAllOf(command.userId(), clock.instant()));
  }
}
