package org.crms.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import java.net.InetSocketAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionClientAddressResolverTest {

  @Test
  void byDefault_thePeerOfTheConnection_whateverForwardingHeadersSay() {
    var request =
        request(
            Map.of("X-Forwarded-For", "203.0.113.7", "Forwarded", "for=198.51.100.1"),
            new InetSocketAddress("192.0.2.10", 51_000));

    assertThat(resolver(null).resolve(request)).isEqualTo("192.0.2.10");
  }

  @Test
  void withAConfiguredHeader_itsLastEntry_theOneTheNearestProxyAdded() {
    var request =
        request(
            Map.of("X-Forwarded-For", "6.6.6.6, 203.0.113.7 "),
            new InetSocketAddress("10.0.0.2", 51_000));

    assertThat(resolver("X-Forwarded-For").resolve(request)).isEqualTo("203.0.113.7");
  }

  @Test
  void withAConfiguredHeaderThatIsMissing_nothing() {
    var request = request(Map.of(), new InetSocketAddress("10.0.0.2", 51_000));

    assertThat(resolver("X-Real-IP").resolve(request)).isNull();
  }

  @Test
  void anOverlongValue_isCut_soThatItCannotFloodTheAuditTrail() {
    var request =
        request(Map.of("X-Real-IP", "x".repeat(5_000)), new InetSocketAddress("10.0.0.2", 1));

    assertThat(resolver("X-Real-IP").resolve(request))
        .hasSize(ConnectionClientAddressResolver.MAX_LENGTH);
  }

  private static ConnectionClientAddressResolver resolver(String header) {
    var server = new HttpServerConfiguration();
    server.setClientAddressHeader(header);
    return new ConnectionClientAddressResolver(server);
  }

  @SuppressWarnings("unchecked")
  private static HttpRequest<Object> request(Map<String, String> headers, InetSocketAddress peer) {
    var real = HttpRequest.GET("/api/v1/auth/token");
    headers.forEach(real::header);
    HttpRequest<Object> request = mock(HttpRequest.class);
    when(request.getHeaders()).thenReturn(real.getHeaders());
    when(request.getRemoteAddress()).thenReturn(peer);
    return request;
  }
}
