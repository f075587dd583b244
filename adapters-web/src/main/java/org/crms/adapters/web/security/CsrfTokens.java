package org.crms.adapters.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The CSRF token of a browser session: HMAC-SHA256 keyed with the session secret over the message
 * {@value #MESSAGE}, in unpadded base64url. It is stateless and bound to the session, and only
 * someone who can read the HttpOnly session cookie (the server, which renders it into its own
 * pages) can compute it. A new login, hence a new secret, gives a new token.
 */
public final class CsrfTokens {
  /** The request header a script sends the token in. */
  public static final String HEADER = "X-CSRF-Token";

  /** The form field an HTML form sends the token in. */
  public static final String FIELD = "_csrf";

  private static final String MESSAGE = "csrf";
  private static final String ALGORITHM = "HmacSHA256";

  private CsrfTokens() {}

  /** The token that belongs to the session with this secret, for rendering into pages. */
  public static String forSession(String sessionSecret) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(sessionSecret));
  }

  /** Whether the presented token belongs to the session; compared in constant time. */
  public static boolean matches(String sessionSecret, String presented) {
    if (presented == null) {
      return false;
    }
    var expected = forSession(sessionSecret).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, presented.strip().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] mac(String sessionSecret) {
    try {
      var mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(sessionSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return mac.doFinal(MESSAGE.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }
}
