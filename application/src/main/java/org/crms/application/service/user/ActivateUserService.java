package org.crms.application.service.user;

import org.crms.application.port.in.user.ActivateUserCommand;
import org.crms.application.port.in.user.ActivateUserUseCase;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.user.User;

/** Lets a deactivated user log in again. */
public final class ActivateUserService implements ActivateUserUseCase {
  private final AccountChange accountChange;

  public ActivateUserService(AccountChange accountChange) {
    this.accountChange = accountChange;
  }

  @Override
  public User activate(ActivateUserCommand command) {
    var actor = command.actor();
    return accountChange.apply(
        actor,
        command.userId(),
        AuditAction.ACTIVATED,
        (user, admins) -> user.activate(actor),
        () -> {});
  }
}
