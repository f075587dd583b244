package org.crms.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crms.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {
  @ParameterizedTest
  @ValueSource(strings = {"alice", "Bob.Smith", "a@b.c", "user+tag_1-x", "12345678901234567890"})
  void accepts_five_to_twenty_allowed_characters(String raw) {
    assertThat(new Username(raw).value()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"abcd", "123456789012345678901", "with space", "semi;colon", "ünïcode", ""})
  void refuses_other_shapes(String raw) {
    assertThatThrownBy(() -> new Username(raw))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("username:");
  }

  @Test
  void canonical_form_ignores_case_but_value_keeps_it() {
    var name = new Username("  AdminUser ");
    assertThat(name.value()).isEqualTo("AdminUser");
    assertThat(name.canonical()).isEqualTo("adminuser");
  }
}
