package org.crms.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.auth.IssueAccessTokenUseCase;
import org.crms.application.port.in.auth.LogOutUseCase;
import org.crms.domain.user.InvalidCredentialsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response carries the hardening headers, whoever answered it. */
@MicronautTest
@Property(name = "spec.name", value = "probe")
class SecurityHeadersTest {
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject IssueAccessTokenUseCase issueAccessToken;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void anAuthenticatedSuccess_hasThemAll_andMustNotBeStored() {
    var reply = api.send(HttpRequest.GET("/probe/whoami"), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertHardened(reply);
    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
  }

  @Test
  void micronautsOwn404_hasThem_andAnAnonymousOneMayBeCached() {
    var reply = api.send(HttpRequest.GET("/nothing-here"));

    reply.problem(404);
    assertHardened(reply);
    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isNull();
  }

  @Test
  void theSecurityFilters401_hasThem() {
    var anonymous = api.send(HttpRequest.GET("/probe/whoami"));
    var badToken = api.send(HttpRequest.GET("/probe/whoami"), "revoked-token");

    anonymous.problem(401);
    assertHardened(anonymous);
    badToken.problem(401);
    assertHardened(badToken);
    assertThat(badToken.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
  }

  @Test
  void aProblemFromAnExceptionHandler_underAuth_hasThem_andMustNotBeStored() {
    when(issueAccessToken.issue(any())).thenThrow(new InvalidCredentialsException());

    var reply =
        api.send(
            HttpRequest.POST(
                "/api/v1/auth/token", Map.of("username", "adminuser", "password", "wrong")));

    assertThat(reply.problem(401)).containsEntry("type", "/problems/invalid-credentials");
    assertHardened(reply);
    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
  }

  @Test
  void aForbiddenProblem_andAnInternalError_haveThem() {
    var forbidden = api.send(HttpRequest.GET("/probe/admins-only"), LIMITED_TOKEN);
    var internal = api.send(HttpRequest.GET("/probe/boom"));

    forbidden.problem(403);
    assertHardened(forbidden);
    assertThat(forbidden.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    internal.problem(500);
    assertHardened(internal);
  }

  @Test
  void aCacheableAnswerToAnAuthenticatedRequest_becomesNoStore() {
    var reply =
        api.send(HttpRequest.GET("/probe/cached?cacheControl=private,%20max-age=600"), ADMIN_TOKEN);

    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
  }

  @Test
  void aPublicAnswerToAnAuthenticatedRequest_keepsItsCaching() {
    var reply =
        api.send(HttpRequest.GET("/probe/cached?cacheControl=public,%20max-age=60"), ADMIN_TOKEN);

    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");
  }

  @Test
  void aHandlersOwnNoStore_isKept() {
    var reply =
        api.send(HttpRequest.GET("/probe/cached?cacheControl=no-store,%20max-age=0"), ADMIN_TOKEN);

    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store, max-age=0");
  }

  @Test
  void anAnonymousAnswerOutsideAuth_keepsTheHandlersCaching() {
    var reply = api.send(HttpRequest.GET("/probe/cached?cacheControl=public,%20max-age=60"));

    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-Forwarded-Proto", "X-Forwarded-Ssl", "Front-End-Https"})
  void plainHttp_hasNoHsts_whateverHeadersTheClientSends(String header) {
    var reply =
        api.send(
            HttpRequest.GET("/probe/whoami")
                .header(header, header.equals("X-Forwarded-Proto") ? "https" : "on")
                .header("Forwarded", "proto=https"),
            ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Strict-Transport-Security")).isNull();
  }

  static void assertHardened(TestApi.Reply reply) {
    assertThat(reply.header("Content-Security-Policy")).isEqualTo(CSP).doesNotContain("unsafe");
    assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(reply.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    assertThat(reply.header("Strict-Transport-Security")).isNull();
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(IssueAccessTokenUseCase.class)
  IssueAccessTokenUseCase issueAccessToken() {
    return mock(IssueAccessTokenUseCase.class);
  }

  @MockBean(LogOutUseCase.class)
  LogOutUseCase logOut() {
    return mock(LogOutUseCase.class);
  }
}
