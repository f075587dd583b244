package org.crms.application.service.user;

import java.time.Clock;
import java.util.Map;
import org.crms.application.port.in.user.RegisterUserCommand;
import org.crms.application.port.in.user.RegisterUserUseCase;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.Text;
import org.crms.domain.shared.Violations;
import org.crms.domain.user.RegistrationClosedException;
import org.crms.domain.user.User;
import org.crms.domain.user.Username;

/**
 * Signs people up. Every problem with the form, taken names included, is reported at once and next
 * to its field, so that nobody has to submit a form five times.
 */
public final class RegisterUserService implements RegisterUserUseCase {
  private final UserRepository users;
  private final NewPasswords newPasswords;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final boolean open;

  /**
   * @param open whether self-registration is switched on
   */
  public RegisterUserService(
      UserRepository users,
      NewPasswords newPasswords,
      AuditTrail auditTrail,
      UnitOfWork unitOfWork,
      Clock clock,
      boolean open) {
    this.users = users;
    this.newPasswords = newPasswords;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.open = open;
  }

  @Override
  public User register(RegisterUserCommand command) {
    if (!open) {
      throw new RegistrationClosedException();
    }
    var violations = new Violations();
    var username = violations.check(() -> new Username(orEmpty(command.username())));
    var email = violations.check(() -> new EmailAddress(orEmpty(command.email())));
    violations.check(() -> Text.bounded("firstName", Text.optional(command.firstName()), 150));
    violations.check(() -> Text.bounded("lastName", Text.optional(command.lastName()), 150));
    checkUniqueness(violations, username, email);
    if (username != null) {
      violations.check(() -> checkPassword(command, username));
    }
    violations.throwIfAny();
    // Hashing is slow on purpose: done last, once the form is known to be valid, outside any
    // transaction.
    var hash = newPasswords.hash(command.password());
    return unitOfWork.inTransaction(
        () -> {
          var now = clock.instant();
          var user =
              users.add(
                  User.register(
                      username, email, command.firstName(), command.lastName(), hash, now));
          auditTrail.append(
              AuditEvent.withDetails(
                  user.id(),
                  now,
                  AuditAction.REGISTERED,
                  ItemType.USER,
                  user.id().value(),
                  Map.of("username", user.username().value())));
          return user;
        });
  }

  private void checkUniqueness(Violations violations, Username username, EmailAddress email) {
    unitOfWork.readOnly(
        () -> {
          if (username != null && users.usernameTaken(username)) {
            violations.check(() -> fail("username", "Username already exists."));
          }
          if (email != null && users.emailTaken(email)) {
            violations.check(() -> fail("email", "Email address is already in use."));
          }
          return null;
        });
  }

  private Object checkPassword(RegisterUserCommand command, Username username) {
    newPasswords.check(username, command.password());
    if (!command.password().equals(command.passwordConfirmation())) {
      throw new InvalidValueException("passwordConfirmation", "Passwords do not match");
    }
    return null;
  }

  private static Object fail(String field, String message) {
    throw new InvalidValueException(field, message);
  }

  private static String orEmpty(String raw) {
    return raw == null ? "" : raw;
  }
}
