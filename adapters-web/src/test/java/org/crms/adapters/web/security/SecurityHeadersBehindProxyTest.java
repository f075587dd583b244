package org.crms.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;

import io.micronaut.context.annotation.Property;
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
import org.junit.jupiter.api.Test;

/**
 * Behind a TLS-terminating proxy whose protocol header is configured, a request that reached the
 * proxy over TLS gets HSTS; one that did not, does not.
 */
@MicronautTest
@Property(name = "spec.name", value = "probe")
@Property(name = "micronaut.server.host-resolution.protocol-header", value = "X-Forwarded-Proto")
class SecurityHeadersBehindProxyTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;

  @Test
  void httpsAtTheProxy_getsHsts_onSuccessesAndErrorsAlike() {
    var api = new TestApi(client, json);

    var success =
        api.send(
            HttpRequest.GET("/probe/whoami").header("X-Forwarded-Proto", "https"), ADMIN_TOKEN);
    var notFound = api.send(HttpRequest.GET("/nothing-here").header("X-Forwarded-Proto", "HTTPS"));

    assertThat(success.header("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000; includeSubDomains");
    assertThat(notFound.header("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000; includeSubDomains");
  }

  @Test
  void plainHttpAtTheProxy_getsNoHsts() {
    var api = new TestApi(client, json);

    var http = api.send(HttpRequest.GET("/nothing-here").header("X-Forwarded-Proto", "http"));
    var unsaid = api.send(HttpRequest.GET("/nothing-here"));

    assertThat(http.header("Strict-Transport-Security")).isNull();
    assertThat(unsaid.header("Strict-Transport-Security")).isNull();
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }
}
