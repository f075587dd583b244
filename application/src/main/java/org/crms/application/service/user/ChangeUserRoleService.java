package org.crms.application.service.user;

import org.crms.application.port.in.user.ChangeUserRoleCommand;
import org.crms.application.port.in.user.ChangeUserRoleUseCase;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.user.User;

/** Gives a user another role; every request reads the role afresh, so it applies at once. */
public final class ChangeUserRoleService implements ChangeUserRoleUseCase {
  private final AccountChange accountChange;

  public ChangeUserRoleService(AccountChange accountChange) {
    this.accountChange = accountChange;
  }

  @Override
  public User changeRole(ChangeUserRoleCommand command) {
    var actor = command.actor();
    return accountChange.apply(
        actor,
        command.userId(),
        AuditAction.ROLE_CHANGED,
        (user, admins) -> user.changeRole(command.role(), actor, admins),
        () -> {});
  }
}
