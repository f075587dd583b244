package org.crms.adapters.persistence.shared;

/** Builds LIKE patterns in which the user's text matches literally. */
public final class LikePattern {
  public static final char ESCAPE = '\\';

  private LikePattern() {}

  /**
   * A pattern matching any text that contains the fragment; {@code %}, {@code _} and {@code \}
   * match themselves.
   */
  public static String containing(String fragment) {
    var pattern = new StringBuilder(fragment.length() + 8).append('%');
    for (var c : fragment.toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
