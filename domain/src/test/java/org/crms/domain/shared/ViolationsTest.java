package org.crms.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ViolationsTest {
  @Test
  void reports_every_failed_field_in_order() {
    var violations = new Violations();
    violations.check(() -> Text.required("name", " ", 10));
    var ok = violations.check(() -> Text.required("title", "fine", 10));
    violations.check(() -> new EmailAddress("nope"));

    var thrown = catchThrowableOfType(InvalidValueException.class, violations::throwIfAny);

    assertThat(ok).isEqualTo("fine");
    assertThat(thrown.violations())
        .extracting(FieldViolation::field)
        .containsExactly("name", "email");
  }

  @Test
  void throws_nothing_when_all_fields_pass() {
    var violations = new Violations();
    violations.check(() -> Text.required("name", "x", 10));
    assertThatCode(violations::throwIfAny).doesNotThrowAnyException();
  }

  @Test
  void counts_length_in_characters_not_utf16_units() {
    var emoji = "\uD83D\uDE00".repeat(10);
    assertThat(Text.required("name", emoji, 10)).isEqualTo(emoji);
  }
}
