package org.crms.adapters.web.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormFieldsTest {

  @Test
  void findsTheField_anywhere_decoded() {
    assertThat(FormFields.first("_csrf=abc", "_csrf", UTF_8)).contains("abc");
    assertThat(FormFields.first("note=hi&_csrf=a%2Bb%3D&x=1", "_csrf", UTF_8)).contains("a+b=");
    assertThat(FormFields.first("%5Fcsrf=abc", "_csrf", UTF_8)).contains("abc");
    assertThat(FormFields.first("_csrf=first&_csrf=second", "_csrf", UTF_8)).contains("first");
    assertThat(FormFields.first("_csrf", "_csrf", UTF_8)).contains("");
  }

  @Test
  void noField_orAMalformedOne_isEmpty() {
    assertThat(FormFields.first("", "_csrf", UTF_8)).isEmpty();
    assertThat(FormFields.first("csrf=abc&_csrfx=abc", "_csrf", UTF_8)).isEmpty();
    assertThat(FormFields.first("_csrf=%zz", "_csrf", UTF_8)).isEmpty();
  }
}
