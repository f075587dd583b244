package org.crms.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalRedirectTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/clients",
        "/clients/123e4567-e89b-12d3-a456-426614174000",
        "/clients?q=acme&page=2#top",
        "/search?q=caf%C3%A9",
        "/a:b/c",
        "/%2F%2Fevil.example"
      })
  void aPathOfThisSite_isKept(String next) {
    assertThat(LocalRedirect.target(next)).isEqualTo(next);
    assertThat(LocalRedirect.safe(next)).contains(next);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void nothing_goesHome(String next) {
    assertThat(LocalRedirect.target(next)).isEqualTo("/");
    assertThat(LocalRedirect.safe(next)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"//evil.example", "//evil.example/clients", "///evil.example"})
  void aNetworkPath_goesHome(String next) {
    assertThat(LocalRedirect.target(next)).isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example",
        "http://evil.example/clients",
        "HTTPS://evil.example",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "mailto:someone@evil.example",
        "evil.example",
        "clients"
      })
  void aSchemeOrAnythingNotStartingWithASlash_goesHome(String next) {
    assertThat(LocalRedirect.target(next)).isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/\\evil.example", "\\\\evil.example", "\\/evil.example", "/a\\b"})
  void aBackslash_goesHome_becauseBrowsersReadItAsASlash(String next) {
    assertThat(LocalRedirect.target(next)).isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/clients\r\nSet-Cookie: crms_session=evil",
        "/clients\nLocation: https://evil.example",
        "/clients\r",
        "/\t/evil.example",
        "/\n/evil.example",
        "/clients\u0000",
        "/clients\u007f",
        "/clients\u0085"
      })
  void controlCharactersAndLineBreaks_goHome(String next) {
    assertThat(LocalRedirect.target(next)).isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " /clients",
        "/clients ",
        "/a b",
        "/<script>",
        "/a\"b",
        "/caf\u00e9",
        "/\uff0fevil"
      })
  void spacesAndCharactersAUriMayNotHold_goHome(String next) {
    assertThat(LocalRedirect.target(next)).isEqualTo("/");
  }

  @Test
  void aPathOfAtMost2000Characters_isKept_aLongerOneGoesHome() {
    var longest = "/" + "a".repeat(1_999);
    var tooLong = "/" + "a".repeat(2_000);

    assertThat(LocalRedirect.target(longest)).isEqualTo(longest);
    assertThat(LocalRedirect.target(tooLong)).isEqualTo("/");
  }
}
