package org.crms.domain.client;

import java.util.Objects;
import java.util.regex.Pattern;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.Text;

/**
 * A phone number as people write it: at most 20 characters of digits, spaces and {@code +()-}, with
 * a digit.
 */
public record PhoneNumber(String value) {
  public static final int MAX_LENGTH = 20;
  private static final Pattern SHAPE = Pattern.compile("^[0-9 +()\\-]+$");

  public PhoneNumber {
    Objects.requireNonNull(value, "phone");
    value = value.strip();
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValueException("phone", "Must be at most " + MAX_LENGTH + " characters.");
    }
    if (!SHAPE.matcher(value).matches() || value.chars().noneMatch(Character::isDigit)) {
      throw new InvalidValueException("phone", "Use digits, spaces and + ( ) - only.");
    }
  }

  /** Parses an optional field: null or blank input means no number. */
  public static PhoneNumber parseOptional(String raw) {
    var value = Text.optional(raw);
    return value == null ? null : new PhoneNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
