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
    return "%" + literally(fragment) + "%";
  }

  /** A pattern matching any text that starts with the fragment, which matches literally. */
  public static String startingWith(String fragment) {
    return literally(fragment) + "%";
  }

  private static String literally(String fragment) {
    var pattern = new StringBuilder(fragment.length() + 8);
    for (var c : fragment.toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.toString();
  }
}
