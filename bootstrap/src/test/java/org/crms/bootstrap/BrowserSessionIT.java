package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A browser's session end to end: a form login sets an HttpOnly cookie, the cookie authenticates,
 * every state change needs the session's CSRF token, a new login replaces the old session, and
 * logout ends it.
 */
class BrowserSessionIT {
  private static final String PASSWORD = "tulip-granite-42-ferry";
  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start();
    app.createUser("browser1", PASSWORD, Role.LIMITED);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> login(String next, String... headers) {
    return app.postForm(
        "/login", Map.of("username", "browser1", "password", PASSWORD, "next", next), headers);
  }

  private static String sessionCookie(HttpResponse<String> response) {
    // A login also sets its flash message's cookie; the session's is the one that matters here.
    var setCookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(value -> value.startsWith("crms_session="))
            .findFirst()
            .orElseThrow();
    // Attribute names are case-insensitive (RFC 6265); Netty writes "HTTPOnly".
    assertThat(setCookie)
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax")
        .contains("Path=/");
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private static long clientsNamed(String name) throws SQLException {
    try (var connection = app.database.connect();
        var statement = connection.prepareStatement("select count(*) from client where name = ?")) {
      statement.setString(1, name);
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  @Test
  void a_cookie_session_needs_its_csrf_token_for_every_change() throws SQLException {
    var loggedIn = login("/clients");
    assertThat(loggedIn.statusCode()).isEqualTo(303);
    assertThat(loggedIn.headers().firstValue("Location")).contains("/clients");
    var cookie = sessionCookie(loggedIn);

    assertThat(app.send("GET", "/api/v1/me", null, null, "Cookie", cookie).statusCode())
        .isEqualTo(200);

    var forged =
        app.send("POST", "/api/v1/clients", null, Map.of("name", "Forged Ltd"), "Cookie", cookie);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat((String) app.read(forged).get("type")).endsWith("/csrf");
    assertThat(clientsNamed("Forged Ltd")).isZero();

    var csrf =
        (String)
            app.read(app.send("GET", "/api/v1/me/csrf-token", null, null, "Cookie", cookie))
                .get("csrfToken");
    var real =
        app.send(
            "POST",
            "/api/v1/clients",
            null,
            Map.of("name", "Real Ltd"),
            "Cookie",
            cookie,
            "X-CSRF-Token",
            csrf);
    assertThat(real.statusCode()).as(real.body()).isEqualTo(201);
    assertThat(clientsNamed("Real Ltd")).isEqualTo(1);
  }

  @Test
  void logging_in_again_replaces_the_session_the_browser_had() {
    var first = sessionCookie(login("/"));
    var second = sessionCookie(login("/", "Cookie", first));

    assertThat(second).isNotEqualTo(first);
    assertThat(app.send("GET", "/api/v1/me", null, null, "Cookie", first).statusCode())
        .isEqualTo(401);
    assertThat(app.send("GET", "/api/v1/me", null, null, "Cookie", second).statusCode())
        .isEqualTo(200);
  }

  @Test
  void logout_ends_the_session_and_clears_the_cookie() {
    var cookie = sessionCookie(login("/"));
    var csrf =
        (String)
            app.read(app.send("GET", "/api/v1/me/csrf-token", null, null, "Cookie", cookie))
                .get("csrfToken");

    var out = app.postForm("/logout", Map.of("_csrf", csrf), "Cookie", cookie);

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).startsWith("/login"));
    assertThat(out.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).contains("Max-Age=0"));
    assertThat(app.send("GET", "/api/v1/me", null, null, "Cookie", cookie).statusCode())
        .isEqualTo(401);
  }

  @Test
  void next_never_leads_off_the_site() {
    for (var next : new String[] {"//evil.example", "https://evil.example/x", "/\\evil.example"}) {
      var response = login(next);
      assertThat(response.headers().firstValue("Location")).as(next).contains("/");
    }
  }

  @Test
  void wrong_credentials_go_back_to_the_login_page_without_a_cookie() {
    var response =
        app.postForm("/login", Map.of("username", "browser1", "password", "not-the-password"));
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).startsWith("/login?error="));
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }
}
