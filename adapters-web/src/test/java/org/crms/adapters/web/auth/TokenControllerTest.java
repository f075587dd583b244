package org.crms.adapters.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
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
import java.util.concurrent.atomic.AtomicReference;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.auth.IssueAccessTokenCommand;
import org.crms.application.port.in.auth.IssueAccessTokenUseCase;
import org.crms.application.port.in.auth.IssuedAccessToken;
import org.crms.domain.user.AccountDisabledException;
import org.crms.domain.user.InvalidCredentialsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class TokenControllerTest {
  private static final String URL = "/api/v1/auth/token";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject IssueAccessTokenUseCase issueAccessToken;
  TestApi api;

  @MockBean(IssueAccessTokenUseCase.class)
  IssueAccessTokenUseCase issueAccessToken() {
    return mock(IssueAccessTokenUseCase.class);
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
                  "crms_secret", Instant.parse("2026-01-05T10:00:00Z"), Duration.ofHours(1));
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
    verify(issueAccessToken).issue(new IssueAccessTokenCommand("adminuser", "a long password!"));
    // Checking a password is slow and blocking: it must not hold up the event loop.
    assertThat(caller.get()).isNotInstanceOf(FastThreadLocalThread.class);
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
}
