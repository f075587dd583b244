package org.crms.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.InMemoryUserRepository;
import org.crms.application.fakes.PlainTextPasswordHasher;
import org.crms.application.fakes.RecordingAuditTrail;
import org.crms.application.port.in.user.CreateUserCommand;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.EmailTakenException;
import org.crms.domain.user.PasswordPolicy;
import org.crms.domain.user.Role;
import org.crms.domain.user.UsernameTakenException;
import org.junit.jupiter.api.Test;

class CreateUserServiceTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final CreateUserService service =
      new CreateUserService(
          users,
          new NewPasswords(
              new PasswordPolicy(Set.of("passwordpassword")::contains),
              new PlainTextPasswordHasher()),
          audit,
          new ImmediateUnitOfWork(),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void creates_an_active_user_with_a_hashed_password_and_audits_it() {
    var user =
        service.create(
            new CreateUserCommand(
                "Admin.One", "Admin@Example.org", "tulip-granite-42", Role.ADMIN));

    assertThat(user.isActive()).isTrue();
    assertThat(user.role()).isEqualTo(Role.ADMIN);
    assertThat(user.email().value()).isEqualTo("admin@example.org");
    assertThat(user.passwordHash().encoded()).isNotEqualTo("tulip-granite-42");
    assertThat(audit.last().action()).isEqualTo(AuditAction.CREATED);
    assertThat(audit.last().actor()).isNull();
  }

  @Test
  void reports_bad_username_and_email_together() {
    assertThatThrownBy(
            () ->
                service.create(
                    new CreateUserCommand("abc", "nope", "tulip-granite-42", Role.ADMIN)))
        .isInstanceOf(InvalidValueException.class)
        .extracting(
            e ->
                ((InvalidValueException) e)
                    .violations().stream().map(FieldViolation::field).toList())
        .isEqualTo(java.util.List.of("username", "email"));
  }

  @Test
  void applies_the_password_policy() {
    assertThatThrownBy(
            () ->
                service.create(
                    new CreateUserCommand(
                        "adminone", "a@example.org", "PasswordPassword", Role.ADMIN)))
        .hasMessageContaining("too common");
    assertThat(users.usernameTaken(new org.crms.domain.user.Username("adminone"))).isFalse();
  }

  @Test
  void refuses_a_taken_username_or_email() {
    service.create(
        new CreateUserCommand("adminone", "a@example.org", "tulip-granite-42", Role.ADMIN));
    assertThatThrownBy(
            () ->
                service.create(
                    new CreateUserCommand(
                        "ADMINONE", "b@example.org", "tulip-granite-42", Role.LIMITED)))
        .isInstanceOf(UsernameTakenException.class);
    assertThatThrownBy(
            () ->
                service.create(
                    new CreateUserCommand(
                        "admintwo", "A@example.org", "tulip-granite-42", Role.LIMITED)))
        .isInstanceOf(EmailTakenException.class);
  }
}
