package org.crms.adapters.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.netty.util.concurrent.FastThreadLocalThread;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.auth.IssueAccessTokenCommand;
import org.crms.application.port.in.auth.IssueAccessTokenUseCase;
import org.crms.application.port.in.auth.IssuedAccessToken;
import org.crms.application.port.in.auth.LogOutCommand;
import org.crms.application.port.in.auth.LogOutUseCase;
import org.crms.domain.shared.BusyException;
import org.crms.domain.shared.TooManyAttemptsException;
import org.crms.domain.user.AccountDisabledException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.InvalidCredentialsException;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@MicronautTest
class TokenControllerTest {
  private static final String URL = "/api/v1/auth/token";
  private static final String LOGOUT_URL = "/api/v1/auth/logout";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject IssueAccessTokenUseCase issueAccessToken;
  @Inject LogOutUseCase logOut;
  TestApi api;

  @MockBean(IssueAccessTokenUseCase.class)
  IssueAccessTokenUseCase issueAccessToken() {
    return mock(IssueAccessTokenUseCase.class);
  }

  @MockBean(LogOutUseCase.class)
  LogOutUseCase logOut() {
    return mock(LogOutUseCase.class);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void correctCredentials_answerAnOAuthStyleTokenThatMustNotBeCached() {
    var caller = new AtomicReference<Thread>();
    when(issueAccessToken.issue(any()))
        .thenAnswer(
            call -> {
              caller.set(Thread.currentThread());
              return new IssuedAccessToken(
                  UUID.randomUUID(),
                  "crms_secret",
                  Instant.parse("2026-01-05T10:00:00Z"),
                  Duration.ofHours(1));
            });

    var reply =
        api.send(
            HttpRequest.POST(URL, Map.of("username", "adminuser", "password", "a long password!")));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map())
        .containsOnlyKeys("access_token", "token_type", "expires_in")
        .containsEntry("access_token", "crms_secret")
        .containsEntry("token_type", "Bearer");
    assertThat(((Number) reply.map().get("expires_in")).longValue()).isEqualTo(3600);
    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    verify(issueAccessToken)
        .issue(new IssueAccessTokenCommand("adminuser", "a long password!", "127.0.0.1"));
    // Checking a password is slow and blocking: it must not hold up the event loop.
    assertThat(caller.get()).isNotInstanceOf(FastThreadLocalThread.class);
  }

  @Test
  void clientAddress_isTheConnectionsPeer_notAForwardingHeaderTheClientWrote() {
    when(issueAccessToken.issue(any())).thenThrow(new InvalidCredentialsException());

    api.send(
        HttpRequest.POST(URL, Map.of("username", "adminuser", "password", "wrong"))
            .header("X-Forwarded-For", "203.0.113.7")
            .header("Forwarded", "for=198.51.100.1"));

    var command = ArgumentCaptor.forClass(IssueAccessTokenCommand.class);
    verify(issueAccessToken).issue(command.capture());
    assertThat(command.getValue().clientAddress()).isEqualTo("127.0.0.1");
  }

  @Test
  void wrongCredentials_answer401WithOneGenericMessage() {
    when(issueAccessToken.issue(any())).thenThrow(new InvalidCredentialsException());

    var reply =
        api.send(HttpRequest.POST(URL, Map.of("username", "adminuser", "password", "wrong")));

    var problem = reply.problem(401);
    assertThat(problem).containsEntry("type", "/problems/invalid-credentials");
    assertThat(problem).containsEntry("detail", "Please enter a correct username and password.");
    assertThat(reply.header(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
  }

  @Test
  void disabledAccount_answers403AccountDisabled() {
    when(issueAccessToken.issue(any())).thenThrow(new AccountDisabledException());

    var reply =
        api.send(
            HttpRequest.POST(URL, Map.of("username", "nopermissionsuser", "password", "right")));

    var problem = reply.problem(403);
    assertThat((String) problem.get("type")).endsWith("/account-disabled");
    assertThat(problem).containsEntry("instance", URL);
  }

  @Test
  void tooManyPasswordChecksAtOnce_answer503WithRetryAfter() {
    when(issueAccessToken.issue(any()))
        .thenThrow(new BusyException("Too many sign-ins at once.", Duration.ofSeconds(2)));

    var reply = api.send(HttpRequest.POST(URL, Map.of("username", "someone", "password", "pw")));

    var problem = reply.problem(503);
    assertThat((String) problem.get("type")).endsWith("/busy");
    assertThat(problem).containsEntry("detail", "Too many sign-ins at once.");
    assertThat(reply.header(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
  }

  @Test
  void tooManyAttempts_answer429WithTheSecondsLeftRoundedUp() {
    when(issueAccessToken.issue(any()))
        .thenThrow(new TooManyAttemptsException(Duration.ofMillis(41_200)));

    var reply = api.send(HttpRequest.POST(URL, Map.of("username", "someone", "password", "pw")));

    var problem = reply.problem(429);
    assertThat((String) problem.get("type")).endsWith("/too-many-attempts");
    assertThat(reply.header(HttpHeaders.RETRY_AFTER)).isEqualTo("42");
  }

  @Test
  void malformedJson_answers400() {
    var reply =
        api.send(
            HttpRequest.POST(URL, "{\"username\": ").contentType(MediaType.APPLICATION_JSON_TYPE));

    assertThat(reply.problem(400))
        .containsEntry("type", "about:blank")
        .containsEntry("title", "Bad Request");
  }

  @Test
  void missingBody_answers400() {
    var reply = api.send(HttpRequest.POST(URL, "").contentType(MediaType.APPLICATION_JSON_TYPE));

    reply.problem(400);
  }

  @Test
  void formEncodedBody_answers415() {
    var reply =
        api.send(
            HttpRequest.POST(URL, "username=a&password=b")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));

    reply.problem(415);
  }

  @Test
  void logout_revokesTheVerySecretOfThisRequest_andAnswers204() {
    var reply = api.send(HttpRequest.POST(LOGOUT_URL, ""), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    verify(logOut).logOut(new LogOutCommand(new Actor(LIMITED_ID, Role.LIMITED), LIMITED_TOKEN));
  }

  @Test
  void logout_readsTheSecretAsAuthenticationDoes_schemeInAnyCase() {
    var reply =
        api.send(
            HttpRequest.POST(LOGOUT_URL, "")
                .header(HttpHeaders.AUTHORIZATION, "bEaReR   " + ADMIN_TOKEN + " "));

    assertThat(reply.status()).isEqualTo(204);
    verify(logOut).logOut(new LogOutCommand(new Actor(ADMIN_ID, Role.ADMIN), ADMIN_TOKEN));
  }

  @Test
  void logout_withoutAValidToken_answers401_andRevokesNothing() {
    api.send(HttpRequest.POST(LOGOUT_URL, "")).problem(401);
    api.send(HttpRequest.POST(LOGOUT_URL, ""), "revoked-token").problem(401);

    verifyNoInteractions(logOut);
  }
}
