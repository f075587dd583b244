package org.crms.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerTokensTest {

  @ParameterizedTest
  @ValueSource(strings = {"Bearer crms_abc", "bearer crms_abc", "BEARER   crms_abc  "})
  void theSecret_followsTheSchemeInAnyCase(String authorization) {
    var request = HttpRequest.GET("/").header(HttpHeaders.AUTHORIZATION, authorization);

    assertThat(BearerTokens.secret(request)).contains("crms_abc");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Bearer", "Bearer    ", "Basic YWRtaW46YWRtaW4=", "Bearercrms_abc", "crms"})
  void noSecret_withoutABearerHeaderThatCarriesOne(String authorization) {
    var request = HttpRequest.GET("/").header(HttpHeaders.AUTHORIZATION, authorization);

    assertThat(BearerTokens.secret(request)).isEmpty();
    assertThat(BearerTokens.secret(HttpRequest.GET("/"))).isEmpty();
  }
}
