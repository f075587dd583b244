package org.crms.adapters.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
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
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.adapters.web.security.CsrfTokens;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class SessionControllerTest {
  private static final String PASSWORD = "a long password!";
  private static final IssuedAccessToken ISSUED =
      new IssuedAccessToken(
          UUID.randomUUID(),
          "crms_new",
          Instant.parse("2026-01-05T22:00:00Z"),
          Duration.ofHours(12));

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject EmbeddedServer server;
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
  void aSuccessfulLogin_setsAHardenedSessionCookie_andGoesToNext() {
    when(issueAccessToken.issue(any())).thenReturn(ISSUED);

    var reply = api.send(login("adminuser", PASSWORD, "/clients?q=acme"));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/clients?q=acme");
    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    var cookie = sessionCookie(reply);
    assertThat(cookie)
        .startsWith("crms_session=crms_new;")
        .contains("Max-Age=43200", "Path=/", "SameSite=Lax", "Secure")
        .containsIgnoringCase("; HttpOnly");
    assertThat(reply.headers().getAll(HttpHeaders.SET_COOKIE))
        .hasSize(2)
        .anySatisfy(flash -> assertThat(flash).startsWith("crms_flash="));
    verify(issueAccessToken)
        .issue(new IssueAccessTokenCommand("adminuser", PASSWORD, "127.0.0.1", true, null));
  }

  @Test
  void withoutNext_theLoginGoesHome() {
    when(issueAccessToken.issue(any())).thenReturn(ISSUED);

    var reply = api.send(login("adminuser", PASSWORD, null));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "//evil.example",
        "https://evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "javascript:alert(1)",
        "/\r\nSet-Cookie: x=y"
      })
  void anOpenRedirectAttempt_landsOnHome(String next) {
    when(issueAccessToken.issue(any())).thenReturn(ISSUED);

    var reply = api.send(login("adminuser", PASSWORD, next));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/");
    assertThat(sessionCookie(reply)).startsWith("crms_session=crms_new;");
  }

  @Test
  void aLoginWithASessionCookie_endsThatSession_noFixation() {
    when(issueAccessToken.issue(any())).thenReturn(ISSUED);

    var withUnknownCookie =
        api.send(login("adminuser", PASSWORD, null).cookie(session("crms_old")));
    var withLiveSession =
        api.send(login("adminuser", PASSWORD, null).cookie(session(LIMITED_TOKEN)));

    assertThat(withUnknownCookie.status()).isEqualTo(303);
    assertThat(withLiveSession.status()).isEqualTo(303);
    assertThat(sessionCookie(withLiveSession)).startsWith("crms_session=crms_new;");
    verify(issueAccessToken)
        .issue(new IssueAccessTokenCommand("adminuser", PASSWORD, "127.0.0.1", true, "crms_old"));
    verify(issueAccessToken)
        .issue(
            new IssueAccessTokenCommand("adminuser", PASSWORD, "127.0.0.1", true, LIMITED_TOKEN));
  }

  @Test
  void wrongCredentials_goBackToTheLoginForm_keepingNext_withoutACookieOrThePassword() {
    when(issueAccessToken.issue(any())).thenThrow(new InvalidCredentialsException());

    var reply = api.send(login("adminuser", PASSWORD, "/clients?q=acme"));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION))
        .isEqualTo("/login?error=credentials&next=%2Fclients%3Fq%3Dacme");
    assertThat(reply.header(HttpHeaders.SET_COOKIE)).isNull();
    assertThat(reply.body()).doesNotContain(PASSWORD);
    assertThat(reply.headers().toString()).doesNotContain("long password");
  }

  @Test
  void wrongCredentials_withAnUnsafeNext_dropIt() {
    when(issueAccessToken.issue(any())).thenThrow(new InvalidCredentialsException());

    var reply = api.send(login("adminuser", PASSWORD, "//evil.example"));

    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/login?error=credentials");
  }

  @Test
  void aMissingUsernameOrPassword_countsAsWrongCredentials() {
    when(issueAccessToken.issue(any())).thenThrow(new InvalidCredentialsException());

    var reply = api.send(login(null, null, null));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/login?error=credentials");
    verify(issueAccessToken)
        .issue(new IssueAccessTokenCommand(null, null, "127.0.0.1", true, null));
  }

  @Test
  void aDisabledAccount_goesToTheAccountDisabledPage() {
    when(issueAccessToken.issue(any())).thenThrow(new AccountDisabledException());

    var reply = api.send(login("nopermissionsuser", PASSWORD, "/clients"));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/account-disabled");
    assertThat(reply.header(HttpHeaders.SET_COOKIE)).isNull();
  }

  @Test
  void tooManyAttempts_goBackToTheLoginFormSayingSo() {
    when(issueAccessToken.issue(any()))
        .thenThrow(new TooManyAttemptsException(Duration.ofSeconds(30)));

    var reply = api.send(login("adminuser", PASSWORD, null));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/login?error=throttled");
  }

  @Test
  void tooManyPasswordChecksAtOnce_goBackToTheLoginFormSayingSo() {
    when(issueAccessToken.issue(any()))
        .thenThrow(new BusyException("Too many sign-ins at once.", Duration.ofSeconds(2)));

    var reply = api.send(login("adminuser", PASSWORD, "/clients"));

    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/login?error=busy&next=%2Fclients");
  }

  // Sent to a host other than localhost: for localhost, Micronaut's own guard against drive-by
  // localhost attacks already refuses foreign origins, with a bare 403, before our filter runs.
  @ParameterizedTest
  @ValueSource(strings = {"https://evil.example", "https://crms.example.evil.example", "null"})
  void aCrossSiteOrigin_isRefused_beforeAnyPasswordIsChecked(String origin) {
    var reply =
        api.send(
            login("adminuser", PASSWORD, null)
                .header(HttpHeaders.HOST, "crms.example")
                .header("Origin", origin));

    assertThat(reply.problem(403)).containsEntry("type", "/problems/csrf");
    assertThat(reply.header(HttpHeaders.SET_COOKIE)).isNull();
    verifyNoInteractions(issueAccessToken);
  }

  @Test
  void anotherPortOfTheSameHost_isAnotherSite() {
    var reply = api.send(login("adminuser", PASSWORD, null).header("Origin", "http://localhost:1"));

    assertThat(reply.problem(403)).containsEntry("type", "/problems/csrf");
    verifyNoInteractions(issueAccessToken);
  }

  @Test
  void thisSitesOwnOrigin_isWelcome() {
    when(issueAccessToken.issue(any())).thenReturn(ISSUED);

    var local =
        api.send(
            login("adminuser", PASSWORD, null)
                .header("Origin", "http://localhost:" + server.getPort()));
    var behindTlsProxy =
        api.send(
            login("adminuser", PASSWORD, null)
                .header(HttpHeaders.HOST, "crms.example")
                .header("Origin", "https://crms.example"));

    assertThat(local.status()).isEqualTo(303);
    assertThat(behindTlsProxy.status()).isEqualTo(303);
  }

  @Test
  void aJsonLogin_isNotAForm_andAnswers415() {
    var reply =
        api.send(HttpRequest.POST("/login", Map.of("username", "adminuser", "password", "x")));

    reply.problem(415);
    verifyNoInteractions(issueAccessToken);
  }

  @Test
  void logout_endsTheCookiesSession_clearsTheCookie_andGoesToTheLoginForm() {
    var reply =
        api.send(
            HttpRequest.POST("/logout", "")
                .cookie(session(LIMITED_TOKEN))
                .header(CsrfTokens.HEADER, CsrfTokens.forSession(LIMITED_TOKEN)));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/login?logged-out");
    assertThat(reply.header(HttpHeaders.SET_COOKIE))
        .startsWith("crms_session=;")
        .contains("Max-Age=0", "Path=/", "SameSite=Lax", "Secure")
        .containsIgnoringCase("; HttpOnly");
    verify(logOut).logOut(new LogOutCommand(new Actor(LIMITED_ID, Role.LIMITED), LIMITED_TOKEN));
  }

  @Test
  void logout_byAnHtmlForm_carriesTheTokenInAField() {
    var reply =
        api.send(
            form("/logout", Map.of("_csrf", CsrfTokens.forSession(LIMITED_TOKEN)))
                .cookie(session(LIMITED_TOKEN)));

    assertThat(reply.status()).isEqualTo(303);
    verify(logOut).logOut(new LogOutCommand(new Actor(LIMITED_ID, Role.LIMITED), LIMITED_TOKEN));
  }

  @Test
  void logout_withoutTheCsrfToken_isRefused_andTheSessionLives() {
    var reply = api.send(form("/logout", Map.of()).cookie(session(LIMITED_TOKEN)));

    assertThat(reply.problem(403)).containsEntry("type", "/problems/csrf");
    assertThat(reply.header(HttpHeaders.SET_COOKIE)).isNull();
    verifyNoInteractions(logOut);
  }

  @Test
  void logout_withoutALiveSession_stillClearsTheCookie() {
    var expired = api.send(HttpRequest.POST("/logout", "").cookie(session("crms_expired")));
    var none = api.send(HttpRequest.POST("/logout", ""));

    for (var reply : new TestApi.Reply[] {expired, none}) {
      assertThat(reply.status()).isEqualTo(303);
      assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/login?logged-out");
      assertThat(reply.header(HttpHeaders.SET_COOKIE)).contains("Max-Age=0");
    }
    verifyNoInteractions(logOut);
  }

  @Test
  void aGet_neverLogsInOrOut() {
    var logoutByGet = api.send(HttpRequest.GET("/logout").cookie(session(LIMITED_TOKEN)));
    var loginByGet = api.send(HttpRequest.GET("/login?username=adminuser&password=x"));

    assertThat(logoutByGet.status()).isIn(404, 405);
    // GET /login is the login page: it shows the form and logs nobody in.
    assertThat(loginByGet.status()).isEqualTo(200);
    assertThat(loginByGet.headers().getAll(HttpHeaders.SET_COOKIE))
        .noneMatch(cookie -> cookie.startsWith("crms_session="));
    verifyNoInteractions(logOut, issueAccessToken);
  }

  /** The session cookie among the cookies a login sets (the other one carries its flash). */
  static String sessionCookie(TestApi.Reply reply) {
    return reply.headers().getAll(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("crms_session="))
        .findFirst()
        .orElseThrow();
  }

  private static MutableHttpRequest<?> login(String username, String password, String next) {
    var fields = new LinkedHashMap<String, String>();
    if (username != null) {
      fields.put("username", username);
    }
    if (password != null) {
      fields.put("password", password);
    }
    if (next != null) {
      fields.put("next", next);
    }
    return form("/login", fields);
  }

  private static MutableHttpRequest<?> form(String path, Map<String, String> fields) {
    return HttpRequest.POST(path, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
  }

  private static Cookie session(String secret) {
    return Cookie.of("crms_session", secret);
  }
}
