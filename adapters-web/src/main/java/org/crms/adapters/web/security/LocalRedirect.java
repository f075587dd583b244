package org.crms.adapters.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a {@code next=} parameter may send the browser: only to a path of this site. Anything that
 * could lead elsewhere falls back to {@value #HOME}: a scheme ({@code https:}, {@code
 * javascript:}), a network path ({@code //host}), a backslash (browsers read {@code /\host} as
 * {@code //host}), control characters and CR/LF (browsers drop tabs and newlines from URLs, and
 * they would split a header), spaces and other characters a URI may not hold, and values longer
 * than {@value #MAX_LENGTH} characters.
 */
public final class LocalRedirect {
  public static final String HOME = "/";
  static final int MAX_LENGTH = 2_000;
  private static final String URI_CHARACTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";

  private LocalRedirect() {}

  /** The local path to redirect to: {@code next} when it is safe, otherwise {@value #HOME}. */
  public static String target(String next) {
    return safe(next).orElse(HOME);
  }

  /** {@code next} when it is a safe local path, otherwise empty. */
  public static Optional<String> safe(String next) {
    return isLocalPath(next) ? Optional.of(next) : Optional.empty();
  }

  private static boolean isLocalPath(String next) {
    if (next == null || next.isEmpty() || next.length() > MAX_LENGTH) {
      return false;
    }
    if (next.charAt(0) != '/' || (next.length() > 1 && next.charAt(1) == '/')) {
      return false;
    }
    return next.chars().allMatch(c -> URI_CHARACTERS.indexOf(c) >= 0) && isRelativeReference(next);
  }

  /** A second opinion from the JDK: a plain path, no scheme, no host. */
  private static boolean isRelativeReference(String next) {
    try {
      var uri = new URI(next);
      return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
