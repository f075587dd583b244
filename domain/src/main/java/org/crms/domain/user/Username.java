package org.crms.domain.user;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.crms.domain.shared.InvalidValueException;

/**
 * A login name: 5 to 20 letters, digits or {@code @.+-_}, stripped. Kept as typed; two names that
 * differ only in case are the same account ({@link #canonical()}).
 */
public record Username(String value) {
  private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9@.+_-]{5,20}$");

  public Username {
    Objects.requireNonNull(value, "username");
    value = value.strip();
    if (!SHAPE.matcher(value).matches()) {
      throw new InvalidValueException(
          "username", "Use 5 to 20 characters: letters, digits and @ . + - _ only.");
    }
  }

  /** The form used for uniqueness and look-up. */
  public String canonical() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
