package org.crms.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginsTest {

  @Test
  void noOriginHeader_passes() {
    assertThat(Origins.isSameHostOrAbsent(null, "http://localhost:8080")).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "http://localhost:8080, http://localhost:8080",
    "HTTP://LocalHost:8080, http://localhost:8080",
    "https://crms.example, http://crms.example",
    "https://crms.example, https://crms.example:443",
    "http://[::1]:8080, http://[::1]:8080"
  })
  void theSameHost_passes(String origin, String server) {
    assertThat(Origins.isSameHostOrAbsent(origin, server)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "https://evil.example, http://crms.example",
    "https://crms.example.evil.example, https://crms.example",
    "https://evilcrms.example, https://crms.example",
    "http://localhost:3000, http://localhost:8080",
    "null, http://localhost:8080",
    "'', http://localhost:8080",
    "not a url, http://localhost:8080",
    "file:///etc/passwd, http://localhost:8080"
  })
  void anotherHost_orNoHost_isRefused(String origin, String server) {
    assertThat(Origins.isSameHostOrAbsent(origin, server)).isFalse();
  }
}
