package org.crms.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
  @Test
  void is_stored_stripped_and_lower_case() {
    assertThat(new EmailAddress("  Jane.Doe@Example.COM ").value())
        .isEqualTo("jane.doe@example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "a@b", "a b@c.de", "a@@b.de", "@b.de", "a@-b.de", "a@b..de"})
  void refuses_what_is_not_an_address(String raw) {
    assertThatThrownBy(() -> new EmailAddress(raw))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("email:");
  }

  @Test
  void refuses_more_than_254_characters() {
    var local = "a".repeat(250);
    assertThatThrownBy(() -> new EmailAddress(local + "@b.de")).hasMessageContaining("at most 254");
  }

  @Test
  void blank_optional_input_means_no_address() {
    assertThat(EmailAddress.parseOptional("   ")).isNull();
    assertThat(EmailAddress.parseOptional(null)).isNull();
  }
}
