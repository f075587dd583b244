package org.crms.adapters.web.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The document, its page and the page's files: public, typed, cacheable, conditional. */
@MicronautTest
class ApiDocsControllerTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void theDocument_isPublicYaml_withAnETag_andMayBeCached() {
    var reply = api.send(HttpRequest.GET(ApiDocsController.DOCUMENT));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("application/yaml");
    assertThat(reply.body()).startsWith("openapi: 3.").contains("/api/v1/clients:");
    assertThat(reply.header(HttpHeaders.ETAG)).matches("\"[A-Za-z0-9_-]{22}\"");
    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo(DocsFiles.PAGE_CACHING);
  }

  @Test
  void aCurrentCopy_getsNotModified() {
    var etag = api.send(HttpRequest.GET(ApiDocsController.DOCUMENT)).header(HttpHeaders.ETAG);

    var reply =
        api.send(
            HttpRequest.GET(ApiDocsController.DOCUMENT)
                .header(HttpHeaders.IF_NONE_MATCH, "\"older\", " + etag));

    assertThat(reply.status()).isEqualTo(304);
    assertThat(reply.body()).isEmpty();
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo(etag);
  }

  @Test
  void aSignedInCaller_mayCacheItToo() {
    var reply = api.send(HttpRequest.GET(ApiDocsController.DOCUMENT), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo(DocsFiles.PAGE_CACHING);
  }

  @Test
  void thePage_isHtml_thatLoadsOnlyItsOwnScripts() {
    var reply = api.send(HttpRequest.GET(ApiDocsController.PAGE));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
    assertThat(reply.body())
        .contains("<script src=\"/api/docs/assets/swagger-ui-bundle.js\"></script>")
        .contains("<script src=\"/api/docs/assets/api-docs.js\"></script>")
        .contains("data-document=\"" + ApiDocsController.DOCUMENT + "\"")
        .doesNotContain("<script>")
        .doesNotContain("style=");
  }

  @ParameterizedTest
  @CsvSource({
    "api-docs.js, text/javascript",
    "swagger-ui-bundle.js, text/javascript",
    "swagger-ui.css, text/css",
    "index.css, text/css",
    "favicon-32x32.png, image/png"
  })
  void theAssets_areServedWithTheirType_andCachedForADay(String name, String type) {
    var reply = api.send(HttpRequest.GET(ApiDocsController.ASSETS + name));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith(type);
    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo(DocsFiles.ASSET_CACHING);
    assertThat(reply.header(HttpHeaders.ETAG)).isNotBlank();
  }

  @ParameterizedTest
  @CsvSource({"swagger-initializer.js", "index.html", "..%2F..%2Fapplication.yml", "api-docs.html"})
  void anythingElse_isNotFound(String name) {
    api.send(HttpRequest.GET(ApiDocsController.ASSETS + name)).problem(404);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }
}
