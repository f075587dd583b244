package org.crms.domain.client;

import java.util.Locale;
import java.util.Objects;
import org.crms.domain.shared.Text;

/**
 * A client's name: 1 to 255 characters after stripping. Unique among live clients regardless of
 * case ({@link #canonical()}).
 */
public record ClientName(String value) {
  public static final int MAX_LENGTH = 255;

  public ClientName {
    Objects.requireNonNull(value, "name");
    value = Text.required("name", value, MAX_LENGTH);
  }

  /** The form two names are compared in. */
  public String canonical() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
