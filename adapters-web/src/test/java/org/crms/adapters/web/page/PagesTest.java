package org.crms.adapters.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.adapters.web.security.CsrfTokens;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every page shares: the start and login pages, the way signed-in and anonymous visitors are
 * sent where they belong, errors shown as pages (and left as problems for the API), flash messages
 * shown once, and the assets' caching.
 */
@MicronautTest
@Property(name = "spec.name", value = "pages")
class PagesTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  private static MutableHttpRequest<?> page(String path) {
    return HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE);
  }

  private static Cookie session(String token) {
    return Cookie.of("crms_session", token);
  }

  @Test
  void anAnonymousVisitor_landsOnTheWelcomePage_withLoginAndRegisterLinks() {
    var reply = api.send(page("/"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
    assertThat(reply.body())
        .contains("Welcome to CRMS")
        .contains("href=\"/login\"")
        .contains("href=\"/register\"");
  }

  @Test
  void aSignedInUser_openingTheStartOrLoginPage_goesToTheDashboard() {
    var start = api.send(page("/").cookie(session(LIMITED_TOKEN)));
    var login = api.send(page("/login").cookie(session(LIMITED_TOKEN)));

    assertThat(start.status()).isEqualTo(303);
    assertThat(start.header(HttpHeaders.LOCATION)).isEqualTo("/dashboard");
    assertThat(login.status()).isEqualTo(303);
    assertThat(login.header(HttpHeaders.LOCATION)).isEqualTo("/dashboard");
  }

  @Test
  void theLoginPage_saysWhyTheLastAttemptFailed_andKeepsOnlyALocalNext() {
    var failed = api.send(page("/login?error=credentials&next=/clients"));
    var foreign = api.send(page("/login?next=//evil.example/x"));
    var loggedOut = api.send(page("/login?logged-out"));

    assertThat(failed.body())
        .contains("Please enter a correct username and password")
        .contains("name=\"next\" value=\"/clients\"");
    assertThat(foreign.body()).doesNotContain("evil.example");
    assertThat(loggedOut.body()).contains("You have been logged out.");
  }

  @Test
  void anAnonymousVisitor_ofASignedInPage_isSentToLogIn_andBackAfterwards() {
    var reply = api.send(page("/page-probe/hello?x=1"));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION))
        .isEqualTo("/login?next=%2Fpage-probe%2Fhello%3Fx%3D1");
  }

  @Test
  void anEndedSession_isForgotten_onTheWayToTheLoginPage() {
    var reply = api.send(page("/page-probe/hello").cookie(session("ended-session")));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.headers().getAll(HttpHeaders.SET_COOKIE))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("crms_session=;"));
  }

  @Test
  void aRefusedAction_onAPage_showsTheForbiddenPage_withTheDomainsWords() {
    var reply = api.send(page("/page-probe/forbidden").cookie(session(LIMITED_TOKEN)));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
    assertThat(reply.body())
        .contains("You do not have permission to do this.")
        .doesNotContain("\"type\"");
    assertThat(reply.header("Content-Security-Policy")).contains("script-src 'self'");
  }

  @Test
  void anUnknownAddress_isAPageForBrowsers_andAProblemForTheApi() {
    var browser = api.send(page("/no-such-page"));
    var apiClient = api.send(HttpRequest.GET("/api/v1/no-such-thing").accept("text/html"));

    assertThat(browser.status()).isEqualTo(404);
    assertThat(browser.body()).contains("Nothing exists at this address.");
    assertThat(apiClient.problem(404)).isNotNull();
  }

  @Test
  void aFormWithoutItsCsrfToken_isRefusedWithAPage() {
    var reply =
        api.send(
            HttpRequest.POST("/page-probe/flash", Map.of("x", "y"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML_TYPE)
                .cookie(session(ADMIN_TOKEN)));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body()).contains("Reload the page and try again.");
  }

  @Test
  void aFlash_isShownOnTheNextPage_once_andEscaped() {
    var redirect =
        api.send(
            HttpRequest.POST(
                    "/page-probe/flash", Map.of("_csrf", CsrfTokens.forSession(ADMIN_TOKEN)))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .cookie(session(ADMIN_TOKEN)));
    var flash = flashCookie(redirect);

    var next = api.send(page("/page-probe/hello").cookie(session(ADMIN_TOKEN)).cookie(flash));

    assertThat(redirect.status()).isEqualTo(303);
    assertThat(next.body())
        .contains("Record has been added!")
        .contains("Hello &lt;b&gt;you&lt;/b&gt;")
        .contains("value=\"" + CsrfTokens.forSession(ADMIN_TOKEN) + "\"");
    assertThat(next.headers().getAll(HttpHeaders.SET_COOKIE))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("crms_flash=;"));
  }

  @Test
  void adminLinks_appearOnlyForAdmins() {
    var admin = api.send(page("/page-probe/hello").cookie(session(ADMIN_TOKEN)));
    var limited = api.send(page("/page-probe/hello").cookie(session(LIMITED_TOKEN)));

    assertThat(admin.body()).contains("href=\"/users\"").contains("href=\"/trash\"");
    assertThat(limited.body()).doesNotContain("href=\"/users\"").doesNotContain("href=\"/audit\"");
  }

  @Test
  void assets_areVersionedInPages_andCachedForAYear() {
    var start = api.send(page("/")).body();
    var css = start.replaceAll("(?s).*href=\"(/assets/crms\\.css\\?v=[^\"]+)\".*", "$1");

    var reply = api.send(HttpRequest.GET(css));
    var missing = api.send(HttpRequest.GET("/assets/secrets.txt"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/css");
    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).contains("max-age=31536000");
    assertThat(missing.status()).isEqualTo(404);
  }

  private static Cookie flashCookie(TestApi.Reply reply) {
    var header =
        reply.headers().getAll(HttpHeaders.SET_COOKIE).stream()
            .filter(c -> c.startsWith("crms_flash="))
            .findFirst()
            .orElseThrow();
    return Cookie.of("crms_flash", header.substring("crms_flash=".length(), header.indexOf(';')));
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }
}
