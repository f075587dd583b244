package org.crms.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.InMemoryUserRepository;
import org.crms.application.fakes.PlainTextPasswordHasher;
import org.crms.application.fakes.RecordingAuditTrail;
import org.crms.application.port.in.user.RegisterUserCommand;
import org.crms.application.port.in.user.UserFilter;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.PasswordPolicy;
import org.crms.domain.user.RegistrationClosedException;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.Test;

class RegisterUserServiceTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private static final String PASSWORD = "tulip-granite-42";
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final PlainTextPasswordHasher hasher = new PlainTextPasswordHasher();
  private final NewPasswords passwords =
      new NewPasswords(new PasswordPolicy(Set.of("passwordpassword")::contains), hasher);

  private RegisterUserService service(boolean open) {
    return new RegisterUserService(
        users, passwords, audit, new ImmediateUnitOfWork(), Clock.fixed(NOW, ZoneOffset.UTC), open);
  }

  private static RegisterUserCommand form(
      String username, String email, String password, String confirmation) {
    return new RegisterUserCommand(
        username, email, password, confirmation, "Ada", "Lovelace", "192.0.2.1");
  }

  @Test
  void signing_up_makes_an_active_limited_user_and_audits_it() {
    var user = service(true).register(form("ada.l", "ada@example.org", PASSWORD, PASSWORD));
    assertThat(user.role()).isEqualTo(Role.LIMITED);
    assertThat(user.isActive()).isTrue();
    assertThat(user.firstName()).contains("Ada");
    assertThat(audit.last().action()).isEqualTo(AuditAction.REGISTERED);
    assertThat(audit.last().actor()).isEqualTo(user.id());
    assertThat(hasher.hashes()).isEqualTo(1);
  }

  @Test
  void every_problem_is_reported_at_once_next_to_its_field() {
    service(true).register(form("taken", "taken@example.org", PASSWORD, PASSWORD));

    assertThatThrownBy(
            () -> service(true).register(form("TAKEN", "TAKEN@example.org", PASSWORD, "other")))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).violations())
                    .containsExactly(
                        new FieldViolation("username", "Username already exists."),
                        new FieldViolation("email", "Email address is already in use."),
                        new FieldViolation("passwordConfirmation", "Passwords do not match")));
  }

  @Test
  void the_password_rules_apply_and_a_refused_form_costs_no_hashing() {
    var hashesBefore = hasher.hashes();
    assertThatThrownBy(
            () ->
                service(true)
                    .register(
                        form("grace", "g@example.org", "PasswordPassword", "PasswordPassword")))
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).violations())
                    .extracting(FieldViolation::field)
                    .isEqualTo(List.of("password")));
    assertThatThrownBy(() -> service(true).register(form("x", "bad", "short", "short")))
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("username", "email"));
    assertThat(hasher.hashes()).isEqualTo(hashesBefore);
    assertThat(users.list(UserFilter.all(), null, 10)).isEmpty();
  }

  @Test
  void registration_can_be_switched_off() {
    assertThatThrownBy(
            () -> service(false).register(form("grace", "g@example.org", PASSWORD, PASSWORD)))
        .isInstanceOf(RegistrationClosedException.class);
    assertThat(users.list(UserFilter.all(), null, 10)).isEmpty();
  }

  @Test
  void sign_ups_from_one_address_are_throttled_before_any_work_is_done() {
    var clock = Clock.fixed(NOW, ZoneOffset.UTC);
    var attempts =
        new org.crms.application.service.auth.LoginAttempts(
            new org.crms.application.fakes.InMemoryAttemptCounter(),
            audit,
            new ImmediateUnitOfWork(),
            clock,
            new org.crms.application.service.auth.AttemptLimits(2, 100));
    var throttled = new ThrottledRegistration(service(true), attempts);
    throttled.register(form("first", "first@example.org", PASSWORD, PASSWORD));
    throttled.register(form("second", "second@example.org", PASSWORD, PASSWORD));

    assertThatThrownBy(
            () -> throttled.register(form("third", "third@example.org", PASSWORD, PASSWORD)))
        .isInstanceOf(org.crms.domain.shared.TooManyAttemptsException.class);
    assertThat(users.list(UserFilter.all(), null, 10)).hasSize(2);
  }
}
