package org.crms.adapters.web.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.Objects;
import org.crms.application.port.out.PasswordHasher;
import org.crms.domain.user.PasswordHash;

/**
 * Hashes passwords with argon2id at the OWASP minimum (19 MiB of memory, 2 iterations, 1 lane,
 * 32-byte output) and a fresh 16-byte random salt, encoded as a standard PHC string ({@code
 * $argon2id$v=19$m=19456,t=2,p=1$...}). Verification reads the parameters from the stored hash, so
 * hashes made with other parameters keep working after the parameters change. Not a bean: bootstrap
 * wires it.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
  static final int MEMORY_KIB = 19_456;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  static final int OUTPUT_BYTES = 32;
  static final int SALT_BYTES = 16;

  private final Argon2Function argon2 =
      Argon2Function.getInstance(
          MEMORY_KIB,
          ITERATIONS,
          PARALLELISM,
          OUTPUT_BYTES,
          Argon2.ID,
          Argon2Function.ARGON2_VERSION_13);

  @Override
  public PasswordHash hash(String password) {
    Objects.requireNonNull(password, "password");
    return new PasswordHash(
        Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2).getResult());
  }

  @Override
  public boolean matches(String password, PasswordHash hash) {
    Objects.requireNonNull(password, "password");
    var encoded = hash.encoded();
    Argon2Function stored;
    try {
      stored = Argon2Function.getInstanceFromHash(encoded);
    } catch (RuntimeException e) {
      // Not an argon2 PHC string: nothing can match it.
      return false;
    }
    return Password.check(password, encoded).with(stored);
  }
}
