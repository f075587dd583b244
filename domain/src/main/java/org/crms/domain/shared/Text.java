package org.crms.domain.shared;

/** Shared rules for free text fields: trimmed, blank means absent, bounded length. */
public final class Text {
  private Text() {}

  /** The stripped value, or null when the input is null or blank. */
  public static String optional(String raw) {
    if (raw == null) {
      return null;
    }
    var stripped = raw.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /**
   * @throws InvalidValueException if the stripped value is empty or longer than {@code max}
   */
  public static String required(String field, String raw, int max) {
    var value = optional(raw);
    if (value == null) {
      throw new InvalidValueException(field, "This field is required.");
    }
    return bounded(field, value, max);
  }

  /**
   * @throws InvalidValueException if the value is longer than {@code max} code points
   */
  public static String bounded(String field, String value, int max) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      throw new InvalidValueException(field, "Must be at most " + max + " characters.");
    }
    return value;
  }
}
