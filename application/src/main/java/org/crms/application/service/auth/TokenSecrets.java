package org.crms.application.service.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Makes token secrets and the digests they are stored by. A secret has 256 random bits, so a fast
 * digest is enough: there is nothing to guess, unlike a password.
 */
final class TokenSecrets {
  private static final String PREFIX = "crms_";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Longer input is no secret of ours; refusing it early bounds the hashing work per request. */
  private static final int MAX_SECRET_LENGTH = 128;

  private TokenSecrets() {}

  static String newSecret() {
    var bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The digest a presented secret would be stored under, or empty when the input cannot be one of
   * our secrets (missing, blank, or absurdly long).
   */
  static Optional<String> digestOfPresented(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > MAX_SECRET_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(digest(secret.strip()));
  }

  static String digest(String secret) {
    try {
      var sha =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
