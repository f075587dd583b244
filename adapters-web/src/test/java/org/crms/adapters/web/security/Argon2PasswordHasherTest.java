package org.crms.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.crms.domain.user.PasswordHash;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
  private static final String PASSWORD = "correct horse battery staple";
  private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

  @Test
  void hash_isAnArgon2idPhcStringWithTheOwaspParameters_neverThePassword() {
    var hash = hasher.hash(PASSWORD);

    assertThat(hash.encoded())
        .doesNotContain(PASSWORD)
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    var parts = hash.encoded().split("\\$");
    assertThat(java.util.Base64.getDecoder().decode(pad(parts[4]))).hasSize(16);
    assertThat(java.util.Base64.getDecoder().decode(pad(parts[5]))).hasSize(32);
  }

  @Test
  void matches_acceptsTheRightPassword_andRefusesAnyOther() {
    var hash = hasher.hash(PASSWORD);

    assertThat(hasher.matches(PASSWORD, hash)).isTrue();
    assertThat(hasher.matches(PASSWORD + "!", hash)).isFalse();
    assertThat(hasher.matches("", hash)).isFalse();
  }

  @Test
  void twoHashesOfTheSamePassword_differ_becauseEachHasItsOwnSalt() {
    assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
  }

  @Test
  void matches_readsTheParametersFromTheStoredHash() {
    var cheaper =
        Argon2Function.getInstance(8_192, 1, 1, 32, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
    var older =
        new PasswordHash(Password.hash(PASSWORD).addRandomSalt(16).with(cheaper).getResult());

    assertThat(hasher.matches(PASSWORD, older)).isTrue();
    assertThat(hasher.matches("something else", older)).isFalse();
  }

  @Test
  void matches_refusesAStoredValueThatIsNoArgon2Hash() {
    assertThat(hasher.matches(PASSWORD, new PasswordHash("not a hash"))).isFalse();
  }

  private static String pad(String base64) {
    return base64 + "=".repeat((4 - base64.length() % 4) % 4);
  }
}
