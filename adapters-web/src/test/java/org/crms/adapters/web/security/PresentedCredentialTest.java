package org.crms.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import org.crms.adapters.web.security.PresentedCredential.Kind;
import org.junit.jupiter.api.Test;

class PresentedCredentialTest {

  @Test
  void aBearerHeader_comesFirst_evenWithACookie() {
    var request =
        HttpRequest.GET("/")
            .header(HttpHeaders.AUTHORIZATION, "Bearer crms_api")
            .header(HttpHeaders.COOKIE, "crms_session=crms_browser");

    assertThat(PresentedCredential.of(request))
        .contains(new PresentedCredential(Kind.BEARER, "crms_api"));
  }

  @Test
  void itsTextualForm_neverShowsTheSecret() {
    assertThat(new PresentedCredential(Kind.SESSION, "crms_secret").toString())
        .doesNotContain("crms_secret");
  }

  // Cookies themselves are read in SessionCookieAuthenticationTest: the client-side request built
  // here cannot read them back.
  @Test
  void anAnonymousRequest_hasNoAuthenticatedSession() {
    var request = HttpRequest.GET("/").header(HttpHeaders.COOKIE, "crms_session=crms_browser");

    assertThat(PresentedCredential.authenticatedSession(request)).isEmpty();
  }
}
