package org.crms.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.InMemoryAccessTokenRepository;
import org.crms.application.fakes.InMemoryUserRepository;
import org.crms.application.fakes.PlainTextPasswordHasher;
import org.crms.application.port.in.auth.IssueAccessTokenCommand;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.user.AccountDisabledException;
import org.crms.domain.user.InvalidCredentialsException;
import org.crms.domain.user.PasswordHash;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.Username;
import org.junit.jupiter.api.Test;

class AccessTokenServicesTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final InMemoryAccessTokenRepository tokens = new InMemoryAccessTokenRepository(users);
  private final PlainTextPasswordHasher hasher = new PlainTextPasswordHasher();
  private final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
  private final Duration lifetime = Duration.ofHours(1);

  private IssueAccessTokenService issueAt(Instant at) {
    return new IssueAccessTokenService(
        new Credentials(users, hasher, unitOfWork),
        tokens,
        unitOfWork,
        Clock.fixed(at, ZoneOffset.UTC),
        lifetime);
  }

  private AuthenticateAccessTokenService authenticateAt(Instant at) {
    return new AuthenticateAccessTokenService(tokens, unitOfWork, Clock.fixed(at, ZoneOffset.UTC));
  }

  private User aUser(String name, boolean active) {
    var user =
        User.builder()
            .id(org.crms.domain.user.UserId.newId())
            .username(new Username(name))
            .email(new EmailAddress(name + "@example.org"))
            .role(Role.LIMITED)
            .active(active)
            .passwordHash(new PasswordHash("plain:right-password-1"))
            .createdAt(NOW)
            .build();
    return users.add(user);
  }

  @Test
  void the_right_password_gets_a_token_that_authenticates_until_it_expires() {
    var user = aUser("alice", true);

    var issued = issueAt(NOW).issue(new IssueAccessTokenCommand("ALICE", "right-password-1"));

    assertThat(issued.secret()).startsWith("crms_").hasSizeGreaterThan(40);
    assertThat(issued.expiresAt()).isEqualTo(NOW.plus(lifetime));
    assertThat(tokens.stored().getFirst().tokenHash()).doesNotContain(issued.secret());
    assertThat(users.lastLogin(user.id())).contains(NOW);
    assertThat(authenticateAt(NOW.plusSeconds(10)).authenticate(issued.secret()))
        .hasValueSatisfying(u -> assertThat(u.id()).isEqualTo(user.id()));
    assertThat(authenticateAt(NOW.plus(lifetime)).authenticate(issued.secret())).isEmpty();
  }

  @Test
  void wrong_password_and_unknown_user_fail_alike_and_both_pay_for_a_hash_check() {
    aUser("alice", true);
    assertThatThrownBy(
            () -> issueAt(NOW).issue(new IssueAccessTokenCommand("alice", "wrong-password-1")))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage("Please enter a correct username and password.");
    assertThatThrownBy(
            () -> issueAt(NOW).issue(new IssueAccessTokenCommand("nobody", "right-password-1")))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage("Please enter a correct username and password.");
    assertThatThrownBy(() -> issueAt(NOW).issue(new IssueAccessTokenCommand(null, null)))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(hasher.checks()).isEqualTo(3);
    assertThat(tokens.stored()).isEmpty();
  }

  @Test
  void an_inactive_user_with_the_right_password_is_told_the_account_is_disabled() {
    aUser("bobby", false);
    assertThatThrownBy(
            () -> issueAt(NOW).issue(new IssueAccessTokenCommand("bobby", "right-password-1")))
        .isInstanceOf(AccountDisabledException.class);
    assertThat(tokens.stored()).isEmpty();
  }

  @Test
  void unknown_blank_or_oversized_secrets_authenticate_nobody() {
    var auth = authenticateAt(NOW);
    assertThat(auth.authenticate("crms_unknown")).isEmpty();
    assertThat(auth.authenticate("")).isEmpty();
    assertThat(auth.authenticate(null)).isEmpty();
    assertThat(auth.authenticate("x".repeat(1000))).isEmpty();
  }
}
