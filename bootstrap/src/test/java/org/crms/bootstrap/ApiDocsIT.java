package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The running application serves its OpenAPI document and a page to browse it, to anyone, with the
 * same hardening headers as every other answer: the page runs only scripts of its own origin, from
 * files, so that the strict Content-Security-Policy holds there too.
 */
class ApiDocsIT {
  private static final Pattern SCRIPT =
      Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL);
  private static final Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]*)\"");
  private static final Pattern STYLESHEET =
      Pattern.compile("<link rel=\"(?:stylesheet|icon)\"[^>]*href=\"([^\"]*)\"");
  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void the_openapi_document_is_public_yaml_with_the_security_headers() {
    var response = app.send("GET", "/api/v1/openapi.yml", null, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(header(response, "Content-Type")).startsWith("application/yaml");
    assertThat(response.body())
        .startsWith("openapi: 3.")
        .contains("title: CRMS API", "/api/v1/clients/{id}:", "application/problem+json");
    assertThat(header(response, "Cache-Control")).startsWith("public");
    assertThat(header(response, "ETag")).isNotBlank();
    assertHardened(response);
  }

  @Test
  void the_docs_page_runs_only_same_origin_script_files_under_the_strict_policy() {
    var page = app.send("GET", "/api/docs", null, null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(header(page, "Content-Type")).startsWith("text/html");
    assertHardened(page);
    assertThat(page.body())
        .doesNotContainPattern("(?i)\\son[a-z]+=")
        .doesNotContain("style=", "<style");
    var scripts = all(SCRIPT, page.body());
    assertThat(scripts).hasSize(2);
    for (var script : scripts) {
      assertThat(script.group(2)).as("inline script").isBlank();
      var src = SRC.matcher(script.group(1));
      assertThat(src.find()).as("script without src: %s", script.group()).isTrue();
      var asset = sameOrigin(src.group(1));
      assertThat(header(asset, "Content-Type")).startsWith("text/javascript");
    }
    for (var link : all(STYLESHEET, page.body())) {
      sameOrigin(link.group(1));
    }
  }

  @Test
  void a_signed_in_browser_may_cache_the_page_too() {
    app.createUser("docs.reader", "tulip-granite-42-ferry", Role.LIMITED);
    var token = app.tokenFor("docs.reader", "tulip-granite-42-ferry");

    var response = app.send("GET", "/api/docs", token, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(header(response, "Cache-Control")).startsWith("public");
  }

  /** Fetches a URL of the page, which must be a path on this origin, and expects it served. */
  private static HttpResponse<String> sameOrigin(String url) {
    var uri = URI.create(url);
    assertThat(uri.getScheme()).as("%s names no other origin", url).isNull();
    assertThat(uri.getAuthority()).as("%s names no other origin", url).isNull();
    assertThat(url).startsWith("/");
    var response = app.send("GET", url, null, null);
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    assertThat(header(response, "Cache-Control")).as(url).startsWith("public");
    return response;
  }

  private static void assertHardened(HttpResponse<String> response) {
    assertThat(header(response, "Content-Security-Policy"))
        .contains("default-src 'self'", "script-src 'self'", "style-src 'self'")
        .doesNotContain("unsafe");
    assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static List<MatchResult> all(Pattern pattern, String text) {
    return pattern.matcher(text).results().toList();
  }
}
