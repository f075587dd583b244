package org.crms.adapters.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.auth.IssueAccessTokenUseCase;
import org.crms.application.port.in.auth.IssuedAccessToken;
import org.crms.application.port.in.auth.LogOutUseCase;
import org.junit.jupiter.api.Test;

/** For plain-HTTP development only: the cookie without {@code Secure}, all else the same. */
@MicronautTest
@Property(name = "crms.session.cookie-secure", value = "false")
class SessionCookieWithoutSecureTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject IssueAccessTokenUseCase issueAccessToken;

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

  @Test
  void theLoginCookie_andTheClearedOne_lackSecure_only() {
    when(issueAccessToken.issue(any()))
        .thenReturn(
            new IssuedAccessToken(
                UUID.randomUUID(), "crms_new", Instant.now(), Duration.ofMinutes(90)));
    var api = new TestApi(client, json);

    var login =
        api.send(
            HttpRequest.POST("/login", Map.of("username", "adminuser", "password", "pw"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    var logout = api.send(HttpRequest.POST("/logout", ""));

    assertThat(login.status()).isEqualTo(303);
    assertThat(SessionControllerTest.sessionCookie(login))
        .startsWith("crms_session=crms_new;")
        .contains("Max-Age=5400", "Path=/", "SameSite=Lax")
        .containsIgnoringCase("; HttpOnly")
        .doesNotContainIgnoringCase("secure");
    assertThat(logout.header(HttpHeaders.SET_COOKIE))
        .contains("Max-Age=0", "SameSite=Lax")
        .containsIgnoringCase("; HttpOnly")
        .doesNotContainIgnoringCase("secure");
  }
}
