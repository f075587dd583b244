package org.crms.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.context.annotation.Property;
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
import io.netty.util.concurrent.FastThreadLocalThread;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.auth.IssueAccessTokenCommand;
import org.crms.application.port.in.auth.IssueAccessTokenUseCase;
import org.crms.application.port.in.auth.IssuedAccessToken;
import org.crms.application.port.in.auth.LogOutCommand;
import org.crms.application.port.in.auth.LogOutUseCase;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The session cookie as a credential, and the CSRF token it demands for changes. */
@MicronautTest
@Property(name = "spec.name", value = "probe")
class SessionCookieAuthenticationTest {
  private static final String ADMIN_CSRF = CsrfTokens.forSession(ADMIN_TOKEN);
  private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject EmbeddedServer server;
  @Inject AuthenticateAccessTokenUseCase accessTokens;
  @Inject IssueAccessTokenUseCase issueAccessToken;
  @Inject LogOutUseCase logOut;
  TestApi api;

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

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void theCookie_authenticatesLikeABearerToken_offTheEventLoop() {
    var reply = api.send(HttpRequest.GET("/probe/whoami").cookie(cookie(ADMIN_TOKEN)));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map()).containsEntry("name", "adminuser").containsEntry("role", "ADMIN");
    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    assertThat(((FakeAccessTokens) accessTokens).lastCaller())
        .isNotInstanceOf(FastThreadLocalThread.class);
  }

  @Test
  void anotherCookie_aBlankOne_orAnOversizedOne_authenticatesNothing() {
    var other = HttpRequest.GET("/probe/whoami").cookie(Cookie.of("other", ADMIN_TOKEN));
    var blank = HttpRequest.GET("/probe/whoami").header(HttpHeaders.COOKIE, "crms_session=");
    var huge = HttpRequest.GET("/probe/whoami").cookie(cookie("x".repeat(257)));

    api.send(other).problem(401);
    api.send(blank).problem(401);
    api.send(huge).problem(401);
  }

  @Test
  void aBearerHeader_decides_evenAnInvalidOne_nextToAValidCookie() {
    var reply =
        api.send(HttpRequest.GET("/probe/whoami").cookie(cookie(ADMIN_TOKEN)), "revoked-token");

    reply.problem(401);
  }

  @Test
  void theRightTokenInAFormField_passes_andTheControllerStillGetsTheWholeBody() {
    var reply = api.send(form(Map.of("note", "hello & welcome", "_csrf", ADMIN_CSRF), ADMIN_TOKEN));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.map())
        .containsEntry("name", "adminuser")
        .containsEntry("note", "hello & welcome");
  }

  @Test
  void aMissingOrWrongFormField_isRefused() {
    var missing = api.send(form(Map.of("note", "hi"), ADMIN_TOKEN));
    var wrong = api.send(form(Map.of("_csrf", CsrfTokens.forSession(LIMITED_TOKEN)), ADMIN_TOKEN));
    var wrongHeaderRightField =
        api.send(form(Map.of("_csrf", ADMIN_CSRF), ADMIN_TOKEN).header(CsrfTokens.HEADER, "x"));

    for (var reply : new TestApi.Reply[] {missing, wrong, wrongHeaderRightField}) {
      assertThat(reply.problem(403)).containsEntry("type", "/problems/csrf");
    }
  }

  @Test
  void aFormWhoseBodyArrivesAfterItsHeaders_isReadWhole() throws Exception {
    var passed =
        rawPost("/probe/form", FORM, session(ADMIN_TOKEN), "note=late&_csrf=" + ADMIN_CSRF);
    var denied = rawPost("/probe/form", FORM, session(ADMIN_TOKEN), "note=late&_csrf=wrong");

    assertThat(passed).startsWith("HTTP/1.1 200").contains("\"note\":\"late\"");
    assertThat(denied).startsWith("HTTP/1.1 403").contains("/problems/csrf");
  }

  /**
   * Long page forms (contact notes may hold 10,000 characters) arrive in several pieces; the CSRF
   * filter reads the token from a copy of the body, and the route must still get all of it, every
   * time (a race here once answered 500 now and then, so each size is sent three times).
   */
  @ParameterizedTest
  @ValueSource(ints = {500, 1_000, 3_000, 9_000})
  void aLongFormArrivingLate_reachesTheControllerWhole(int length) throws Exception {
    var note = "n".repeat(length);
    for (var attempt = 0; attempt < 3; attempt++) {
      var reply =
          rawPost(
              "/probe/record-form",
              FORM,
              session(ADMIN_TOKEN),
              "_csrf=" + ADMIN_CSRF + "&note=" + note);

      assertThat(reply).startsWith("HTTP/1.1 200").contains("\"note\":\"" + note + "\"");
    }
  }

  @Test
  void loginAndLogoutForms_whoseBodiesArriveAfterTheirHeaders_work() throws Exception {
    when(issueAccessToken.issue(any()))
        .thenReturn(
            new IssuedAccessToken(
                UUID.randomUUID(), "crms_new", Instant.now(), Duration.ofHours(1)));

    var login = rawPost("/login", FORM, "", "username=adminuser&password=secret&next=%2Fclients");
    var logout =
        rawPost(
            "/logout",
            FORM,
            session(LIMITED_TOKEN),
            "_csrf=" + CsrfTokens.forSession(LIMITED_TOKEN));

    assertThat(login).startsWith("HTTP/1.1 303").contains("location: /clients");
    assertThat(logout).startsWith("HTTP/1.1 303").contains("location: /login?logged-out");
    verify(issueAccessToken)
        .issue(new IssueAccessTokenCommand("adminuser", "secret", "127.0.0.1", true, null));
    verify(logOut)
        .logOut(
            new LogOutCommand(new Actor(FakeAccessTokens.LIMITED_ID, Role.LIMITED), LIMITED_TOKEN));
  }

  @Test
  void aScriptsLogout_withTheHeaderAndNoBody_works_butAPlainTextOneIsRefused() throws Exception {
    var csrf = CsrfTokens.HEADER + ": " + CsrfTokens.forSession(ADMIN_TOKEN) + "\r\n";

    var script = rawPost("/logout", null, session(ADMIN_TOKEN) + csrf, "");
    var plainText = rawPost("/logout", "text/plain", session(ADMIN_TOKEN), "_csrf=x");

    assertThat(script).startsWith("HTTP/1.1 303");
    assertThat(plainText).startsWith("HTTP/1.1 403").contains("/problems/csrf");
    verify(logOut).logOut(new LogOutCommand(new Actor(ADMIN_ID, Role.ADMIN), ADMIN_TOKEN));
  }

  @Test
  void theCsrfToken_isHandedToScriptsOfTheSession() {
    var reply = api.send(HttpRequest.GET("/api/v1/me/csrf-token").cookie(cookie(ADMIN_TOKEN)));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map()).containsOnlyKeys("csrfToken").containsEntry("csrfToken", ADMIN_CSRF);
    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
  }

  @Test
  void aBearerClient_hasNoCsrfToken_andAnAnonymousOneIsNotLetIn() {
    api.send(HttpRequest.GET("/api/v1/me/csrf-token"), ADMIN_TOKEN).problem(404);
    api.send(HttpRequest.GET("/api/v1/me/csrf-token")).problem(401);
  }

  @Test
  void theApiLogout_endsTheCookiesSession_withItsToken() {
    var refused = api.send(HttpRequest.POST("/api/v1/auth/logout", "").cookie(cookie(ADMIN_TOKEN)));
    verifyNoInteractions(logOut);

    var reply =
        api.send(
            HttpRequest.POST("/api/v1/auth/logout", "")
                .cookie(cookie(ADMIN_TOKEN))
                .header(CsrfTokens.HEADER, ADMIN_CSRF));

    assertThat(refused.problem(403)).containsEntry("type", "/problems/csrf");
    assertThat(reply.status()).isEqualTo(204);
    verify(logOut).logOut(new LogOutCommand(new Actor(ADMIN_ID, Role.ADMIN), ADMIN_TOKEN));
  }

  private static MutableHttpRequest<?> form(Map<String, String> fields, String session) {
    return HttpRequest.POST("/probe/form", new LinkedHashMap<>(fields))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        .cookie(cookie(session));
  }

  private static Cookie cookie(String secret) {
    return Cookie.of(SessionCookies.NAME, secret);
  }

  /** The Cookie header line of a raw request with this session. */
  private static String session(String secret) {
    return "Cookie: " + SessionCookies.NAME + "=" + secret + "\r\n";
  }

  /**
   * Sends a POST over a raw socket, its body a moment after its headers, as real browsers do, and
   * answers the raw response.
   *
   * @param contentType the Content-Type, or null for none
   * @param headers further header lines, each ending in CRLF
   */
  private String rawPost(String path, String contentType, String headers, String body)
      throws IOException, InterruptedException {
    try (var socket = new Socket("localhost", server.getPort())) {
      socket.setSoTimeout(10_000);
      var out = socket.getOutputStream();
      var bytes = body.getBytes(StandardCharsets.US_ASCII);
      var head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost:"
              + server.getPort()
              + "\r\n"
              + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
              + headers
              + "Content-Length: "
              + bytes.length
              + "\r\nConnection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(300);
      out.write(bytes);
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
