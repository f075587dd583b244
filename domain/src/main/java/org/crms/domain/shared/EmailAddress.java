package org.crms.domain.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address: stripped, lower-case, at most 254 characters, one {@code @} with a dotted
 * domain and no white space.
 */
public record EmailAddress(String value) {
  public static final int MAX_LENGTH = 254;
  private static final Pattern SHAPE =
      Pattern.compile(
          "^[^@\\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

  public EmailAddress {
    Objects.requireNonNull(value, "email");
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValueException("email", "Must be at most " + MAX_LENGTH + " characters.");
    }
    if (!SHAPE.matcher(value).matches()) {
      throw new InvalidValueException("email", "Enter a valid email address.");
    }
  }

  /** Parses an optional field: null or blank input means no address. */
  public static EmailAddress parseOptional(String raw) {
    var value = Text.optional(raw);
    return value == null ? null : new EmailAddress(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
