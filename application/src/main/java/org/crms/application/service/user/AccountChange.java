package org.crms.application.service.user;

import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import org.crms.application.port.in.user.UserNotFoundException;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;

/**
 * The shape every change an admin makes to an account shares: one transaction that locks the active
 * admins (so the last one cannot be removed by two admins at once), lets the user decide, stores
 * the result and audits it. Nothing is written when nothing changed.
 */
public final class AccountChange {
  private final UserRepository users;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public AccountChange(
      UserRepository users, AuditTrail auditTrail, UnitOfWork unitOfWork, Clock clock) {
    this.users = users;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /**
   * @param change given the user and the number of active admins, applies the domain behaviour and
   *     returns what changed
   * @param afterwards runs in the same transaction when something changed, e.g. revoking tokens
   */
  User apply(
      Actor actor,
      UserId userId,
      AuditAction action,
      BiFunction<User, Long, List<FieldChange>> change,
      Runnable afterwards) {
    // Checked before loading, so that a limited user learns nothing about which ids exist.
    actor.require(Permission.MANAGE_USERS);
    return unitOfWork.inTransaction(
        () -> {
          var activeAdmins = users.lockActiveAdmins();
          var user = users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
          var changes = change.apply(user, activeAdmins);
          if (changes.isEmpty()) {
            return user;
          }
          var stored = users.update(user);
          afterwards.run();
          auditTrail.append(
              AuditEvent.of(
                  actor.userId(), clock.instant(), action, ItemType.USER, userId.value(), changes));
          return stored;
        });
  }
}
