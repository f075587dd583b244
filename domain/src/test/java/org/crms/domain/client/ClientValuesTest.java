package org.crms.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crms.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientValuesTest {
  @ParameterizedTest
  @ValueSource(strings = {"+44 (20) 7946-0000", "0123456789", "112"})
  void phone_accepts_digits_spaces_and_plus_brackets_dash(String raw) {
    assertThat(new PhoneNumber(raw).value()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"call me", "+44 20 7946 0000 ext 5", "123456789012345678901", "()-+"})
  void phone_refuses_other_input(String raw) {
    assertThatThrownBy(() -> new PhoneNumber(raw))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("phone:");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://acme.example", "http://acme.example/path?q=1", "HTTPS://ACME.EXAMPLE"})
  void url_accepts_http_and_https(String raw) {
    assertThat(new WebsiteUrl(raw).value()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "acme.example",
        "ftp://acme.example",
        "javascript:alert(1)",
        "https://",
        "http://a b"
      })
  void url_refuses_anything_else(String raw) {
    assertThatThrownBy(() -> new WebsiteUrl(raw))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("companyUrl:");
  }
}
