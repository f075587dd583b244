package org.crms.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsrfTokensTest {
  // HMAC-SHA256(key = "crms_abc", message = "csrf"), unpadded base64url, computed independently.
  private static final String TOKEN_OF_CRMS_ABC = "YepIOEw9qrHCiif5lxzIG2iStIedG_1uKtRU3oyJZbU";

  @Test
  void theToken_isTheHmacOfCsrfKeyedWithTheSessionSecret_inBase64Url() {
    assertThat(CsrfTokens.forSession("crms_abc")).isEqualTo(TOKEN_OF_CRMS_ABC);
  }

  @Test
  void eachSession_hasItsOwnToken_andItRevealsNothingOfTheSecret() {
    var one = CsrfTokens.forSession("crms_one");
    var other = CsrfTokens.forSession("crms_other");

    assertThat(one).isNotEqualTo(other).doesNotContain("crms_one").hasSize(43);
    assertThat(one).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void onlyTheSessionsOwnToken_matches() {
    assertThat(CsrfTokens.matches("crms_abc", TOKEN_OF_CRMS_ABC)).isTrue();
    assertThat(CsrfTokens.matches("crms_abc", CsrfTokens.forSession("crms_abd"))).isFalse();
    assertThat(CsrfTokens.matches("crms_abc", TOKEN_OF_CRMS_ABC.substring(1))).isFalse();
    assertThat(CsrfTokens.matches("crms_abc", TOKEN_OF_CRMS_ABC + "A")).isFalse();
    assertThat(CsrfTokens.matches("crms_abc", TOKEN_OF_CRMS_ABC.toLowerCase())).isFalse();
    assertThat(CsrfTokens.matches("crms_abc", "")).isFalse();
    assertThat(CsrfTokens.matches("crms_abc", null)).isFalse();
  }
}
