package org.crms.application.service.user;

import java.time.Clock;
import org.crms.application.port.in.user.CreateUserCommand;
import org.crms.application.port.in.user.CreateUserUseCase;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.Changes;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.shared.Violations;
import org.crms.domain.user.EmailTakenException;
import org.crms.domain.user.User;
import org.crms.domain.user.Username;
import org.crms.domain.user.UsernameTakenException;

/** Creates an account on an operator's behalf; the audit trail records it as done by the system. */
public final class CreateUserService implements CreateUserUseCase {
  private final UserRepository users;
  private final NewPasswords newPasswords;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public CreateUserService(
      UserRepository users,
      NewPasswords newPasswords,
      AuditTrail auditTrail,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.users = users;
    this.newPasswords = newPasswords;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public User create(CreateUserCommand command) {
    var violations = new Violations();
    var username =
        violations.check(() -> new Username(command.username() == null ? "" : command.username()));
    var email =
        violations.check(() -> new EmailAddress(command.email() == null ? "" : command.email()));
    violations.throwIfAny();
    // Hashing is slow on purpose; do it before the transaction so that no connection waits on it.
    var hash = newPasswords.accept(username, command.password());
    return unitOfWork.inTransaction(
        () -> {
          if (users.usernameTaken(username)) {
            throw new UsernameTakenException();
          }
          if (users.emailTaken(email)) {
            throw new EmailTakenException();
          }
          var now = clock.instant();
          var user = users.add(User.create(username, email, command.role(), hash, now));
          var changes =
              new Changes()
                  .compare("username", null, username)
                  .compare("email", null, email)
                  .compare("role", null, command.role())
                  .compare("active", null, true)
                  .list();
          auditTrail.append(
              AuditEvent.of(
                  null, now, AuditAction.CREATED, ItemType.USER, user.id().value(), changes));
          return user;
        });
  }
}
