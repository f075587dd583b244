package org.crms.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.InMemoryAccessTokenRepository;
import org.crms.application.fakes.InMemoryAttemptCounter;
import org.crms.application.fakes.InMemoryUserRepository;
import org.crms.application.fakes.PlainTextPasswordHasher;
import org.crms.application.fakes.RecordingAuditTrail;
import org.crms.application.port.in.auth.AccessTokenNotFoundException;
import org.crms.application.port.in.auth.CreatePersonalTokenCommand;
import org.crms.application.port.in.auth.IssueAccessTokenCommand;
import org.crms.application.port.in.auth.ListPersonalTokensQuery;
import org.crms.application.port.in.auth.LogOutCommand;
import org.crms.application.port.in.auth.RevokePersonalTokenCommand;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.TooManyAttemptsException;
import org.crms.domain.user.AccountDisabledException;
import org.crms.domain.user.InvalidCredentialsException;
import org.crms.domain.user.PasswordHash;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;
import org.junit.jupiter.api.Test;

class AccessTokenServicesTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
  private final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final InMemoryAccessTokenRepository tokens = new InMemoryAccessTokenRepository(users);
  private final PlainTextPasswordHasher hasher = new PlainTextPasswordHasher();
  private final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final Duration lifetime = Duration.ofHours(1);
  private final TokenLifetimes lifetimes =
      new TokenLifetimes(lifetime, Duration.ofHours(12), Duration.ofMinutes(30));
  private final TokenIssuer issuer = new TokenIssuer(tokens, clock);
  private final InMemoryAttemptCounter attemptCounter = new InMemoryAttemptCounter();
  private final LoginAttempts attempts =
      new LoginAttempts(attemptCounter, audit, unitOfWork, clock, new AttemptLimits(10, 5));
  private final IssueAccessTokenService login =
      new IssueAccessTokenService(
          new Credentials(users, hasher, unitOfWork),
          attempts,
          issuer,
          unitOfWork,
          clock,
          lifetimes);
  private final AuthenticateAccessTokenService authenticate =
      new AuthenticateAccessTokenService(tokens, unitOfWork, clock, Duration.ofMinutes(30));
  private final LogOutService logOut = new LogOutService(tokens, audit, unitOfWork, clock);
  private final PersonalTokenService personal =
      new PersonalTokenService(tokens, issuer, audit, unitOfWork, clock);

  private User aUser(String name, boolean active) {
    return users.add(
        User.builder()
            .id(UserId.newId())
            .username(new Username(name))
            .email(new EmailAddress(name + "@example.org"))
            .role(Role.LIMITED)
            .active(active)
            .passwordHash(new PasswordHash("plain:right-password-1"))
            .createdAt(NOW)
            .build());
  }

  private String loginAs(String name) {
    return login.issue(new IssueAccessTokenCommand(name, "right-password-1", "192.0.2.7")).secret();
  }

  @Test
  void the_right_password_gets_a_token_that_authenticates_until_it_expires() {
    var user = aUser("alice", true);

    var issued = login.issue(new IssueAccessTokenCommand("ALICE", "right-password-1", "192.0.2.7"));

    assertThat(issued.secret()).startsWith("crms_").hasSizeGreaterThan(40);
    assertThat(issued.expiresAt()).isEqualTo(NOW.plus(lifetime));
    assertThat(tokens.stored().getFirst().tokenHash()).doesNotContain(issued.secret());
    assertThat(users.lastLogin(user.id())).contains(NOW);
    assertThat(audit.last().action()).isEqualTo(AuditAction.LOGIN_SUCCEEDED);
    assertThat(audit.last().details()).containsEntry("address", "192.0.2.7");
    now.set(NOW.plusSeconds(10));
    assertThat(authenticate.authenticate(issued.secret()))
        .hasValueSatisfying(u -> assertThat(u.id()).isEqualTo(user.id()));
    now.set(NOW.plus(lifetime));
    assertThat(authenticate.authenticate(issued.secret())).isEmpty();
  }

  @Test
  void wrong_password_and_unknown_user_fail_alike_pay_for_a_hash_check_and_are_audited() {
    aUser("alice", true);
    assertThatThrownBy(
            () ->
                login.issue(new IssueAccessTokenCommand("alice", "wrong-password-1", "192.0.2.7")))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage("Please enter a correct username and password.");
    assertThatThrownBy(
            () -> login.issue(new IssueAccessTokenCommand("nobody", "right-password-1", null)))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage("Please enter a correct username and password.");
    assertThatThrownBy(() -> login.issue(new IssueAccessTokenCommand(null, null, null)))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(hasher.checks()).isEqualTo(3);
    assertThat(tokens.stored()).isEmpty();
    assertThat(audit.events()).extracting(e -> e.action()).containsOnly(AuditAction.LOGIN_FAILED);
    assertThat(audit.events().getFirst().details())
        .containsEntry("username", "alice")
        .containsEntry("address", "192.0.2.7");
    assertThat(audit.events().getFirst().actor()).isNull();
  }

  @Test
  void an_inactive_user_with_the_right_password_is_told_the_account_is_disabled() {
    aUser("bobby", false);
    assertThatThrownBy(() -> loginAs("bobby")).isInstanceOf(AccountDisabledException.class);
    assertThat(tokens.stored()).isEmpty();
    assertThat(audit.last().action()).isEqualTo(AuditAction.LOGIN_FAILED);
  }

  @Test
  void unknown_blank_or_oversized_secrets_authenticate_nobody() {
    assertThat(authenticate.authenticate("crms_unknown")).isEmpty();
    assertThat(authenticate.authenticate("")).isEmpty();
    assertThat(authenticate.authenticate(null)).isEmpty();
    assertThat(authenticate.authenticate("x".repeat(1000))).isEmpty();
  }

  @Test
  void logging_out_revokes_only_the_token_used() {
    var user = aUser("alice", true);
    var first = loginAs("alice");
    var second = loginAs("alice");

    logOut.logOut(new LogOutCommand(user.asActor(), first));

    assertThat(authenticate.authenticate(first)).isEmpty();
    assertThat(authenticate.authenticate(second)).isPresent();
    assertThat(audit.last().action()).isEqualTo(AuditAction.LOGGED_OUT);
  }

  @Test
  void nobody_can_log_someone_else_out_with_their_secret() {
    aUser("alice", true);
    var mallory = aUser("mallory", true);
    var alicesToken = loginAs("alice");

    logOut.logOut(new LogOutCommand(mallory.asActor(), alicesToken));

    assertThat(authenticate.authenticate(alicesToken)).isPresent();
  }

  @Test
  void a_personal_token_is_named_listed_without_its_secret_and_revocable() {
    var user = aUser("alice", true);
    var issued =
        personal.create(new CreatePersonalTokenCommand(user.asActor(), "backup script", 30));

    assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    assertThat(authenticate.authenticate(issued.secret())).isPresent();
    var listed = personal.list(new ListPersonalTokensQuery(user.asActor()));
    assertThat(listed)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.name()).isEqualTo("backup script");
              assertThat(t.id()).isEqualTo(issued.id());
            });
    assertThat(audit.last().action()).isEqualTo(AuditAction.TOKEN_CREATED);

    personal.revoke(new RevokePersonalTokenCommand(user.asActor(), issued.id()));

    assertThat(authenticate.authenticate(issued.secret())).isEmpty();
    assertThat(personal.list(new ListPersonalTokensQuery(user.asActor()))).isEmpty();
    assertThat(audit.last().action()).isEqualTo(AuditAction.TOKEN_REVOKED);
  }

  @Test
  void someone_elses_token_or_a_session_cannot_be_revoked_as_a_personal_token() {
    var alice = aUser("alice", true);
    var mallory = aUser("mallory", true);
    var issued = personal.create(new CreatePersonalTokenCommand(alice.asActor(), "ci", null));
    loginAs("alice");
    var session = tokens.stored().getLast();

    assertThatThrownBy(
            () -> personal.revoke(new RevokePersonalTokenCommand(mallory.asActor(), issued.id())))
        .isInstanceOf(AccessTokenNotFoundException.class);
    assertThatThrownBy(
            () -> personal.revoke(new RevokePersonalTokenCommand(alice.asActor(), session.id())))
        .isInstanceOf(AccessTokenNotFoundException.class);
    assertThat(authenticate.authenticate(issued.secret())).isPresent();
  }

  @Test
  void a_personal_token_needs_a_name_and_a_lifetime_of_one_to_365_days() {
    var user = aUser("alice", true);
    assertThatThrownBy(
            () -> personal.create(new CreatePersonalTokenCommand(user.asActor(), " ", 400)))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).violations())
                    .extracting(v -> v.field())
                    .containsExactly("name", "validDays"));
    assertThat(tokens.stored()).isEmpty();
  }

  @Test
  void an_address_gets_ten_attempts_a_minute_then_waits_for_the_next_minute() {
    aUser("alice", true);
    for (var i = 0; i < 10; i++) {
      loginAs("alice");
    }
    var checksBefore = hasher.checks();

    assertThatThrownBy(this::loginAsAliceFromTheSameAddress)
        .isInstanceOf(TooManyAttemptsException.class)
        .satisfies(
            e ->
                assertThat(((TooManyAttemptsException) e).retryAfter())
                    .isPositive()
                    .isLessThanOrEqualTo(Duration.ofMinutes(1)));
    assertThat(hasher.checks()).as("a refused attempt costs no hashing").isEqualTo(checksBefore);
    assertThat(
            login.issue(new IssueAccessTokenCommand("alice", "right-password-1", "198.51.100.9")))
        .as("another address is not affected")
        .isNotNull();

    now.set(NOW.plus(Duration.ofMinutes(1)));
    assertThat(loginAs("alice")).isNotBlank();
  }

  private void loginAsAliceFromTheSameAddress() {
    loginAs("alice");
  }

  @Test
  void failures_against_one_account_slow_it_down_from_any_address_but_only_for_the_hour() {
    aUser("alice", true);
    for (var i = 0; i < 5; i++) {
      var address = "203.0.113." + i;
      assertThatThrownBy(
              () -> login.issue(new IssueAccessTokenCommand("ALICE", "wrong-password-1", address)))
          .isInstanceOf(InvalidCredentialsException.class);
    }

    assertThatThrownBy(
            () ->
                login.issue(new IssueAccessTokenCommand("alice", "right-password-1", "192.0.2.99")))
        .isInstanceOf(TooManyAttemptsException.class);

    now.set(NOW.plus(Duration.ofHours(1)));
    assertThat(login.issue(new IssueAccessTokenCommand("alice", "right-password-1", "192.0.2.99")))
        .isNotNull();
  }

  @Test
  void counters_older_than_a_day_are_forgotten() {
    aUser("alice", true);
    loginAs("alice");
    now.set(NOW.plus(Duration.ofDays(2)));
    loginAs("alice");
    assertThat(attemptCounter.windows()).isEqualTo(1);
  }

  @Test
  void a_browser_session_ends_after_thirty_idle_minutes_but_lives_on_while_used() {
    aUser("alice", true);
    var session =
        login.issue(
            new IssueAccessTokenCommand("alice", "right-password-1", "192.0.2.7", true, null));
    assertThat(session.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));

    now.set(NOW.plus(Duration.ofMinutes(29)));
    assertThat(authenticate.authenticate(session.secret())).isPresent();
    now.set(NOW.plus(Duration.ofMinutes(58)));
    assertThat(authenticate.authenticate(session.secret())).as("used 29 minutes ago").isPresent();
    now.set(NOW.plus(Duration.ofMinutes(88)));
    assertThat(authenticate.authenticate(session.secret())).as("idle for 30 minutes").isEmpty();
  }

  @Test
  void an_api_token_has_no_idle_timeout_only_its_absolute_lifetime() {
    aUser("alice", true);
    var token = loginAs("alice");
    now.set(NOW.plus(Duration.ofMinutes(59)));
    assertThat(authenticate.authenticate(token)).isPresent();
    assertThat(tokens.stored().getFirst().lastUsedAt()).as("API tokens are not touched").isNull();
  }

  @Test
  void logging_in_again_ends_the_session_the_caller_already_had() {
    aUser("alice", true);
    var planted =
        login.issue(new IssueAccessTokenCommand("alice", "right-password-1", null, true, null));

    var fresh =
        login.issue(
            new IssueAccessTokenCommand("alice", "right-password-1", null, true, planted.secret()));

    assertThat(fresh.secret()).isNotEqualTo(planted.secret());
    assertThat(authenticate.authenticate(planted.secret())).isEmpty();
    assertThat(authenticate.authenticate(fresh.secret())).isPresent();
  }
}
