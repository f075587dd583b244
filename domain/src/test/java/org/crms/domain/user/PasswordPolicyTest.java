package org.crms.domain.user;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.crms.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  private final PasswordPolicy policy = new PasswordPolicy(Set.of("correcthorsebattery")::contains);
  private final Username alice = new Username("alice");

  @Test
  void accepts_a_long_unusual_password() {
    assertThatCode(() -> policy.check(alice, "tulip-Granite-42-ferry")).doesNotThrowAnyException();
  }

  @Test
  void refuses_fewer_than_twelve_characters() {
    assertRefused("Short-pw-11", "too short");
  }

  @Test
  void refuses_an_entirely_numeric_password() {
    assertRefused("123456789012345", "entirely numeric");
  }

  @Test
  void refuses_a_common_password_whatever_its_case() {
    assertRefused("CorrectHorseBattery", "too common");
  }

  @Test
  void refuses_a_password_containing_the_username() {
    assertRefused("my-ALICE-password-9", "username");
  }

  @Test
  void refuses_an_absurdly_long_password() {
    assertRefused("x".repeat(PasswordPolicy.MAX_LENGTH + 1), "too long");
  }

  private void assertRefused(String password, String reason) {
    assertThatThrownBy(() -> policy.check(alice, password))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("password:")
        .hasMessageContaining(reason);
  }
}
