package org.crms.domain.requesttype;

import java.util.Locale;
import java.util.Objects;
import org.crms.domain.shared.Text;

/** A request type's name: 1 to 255 characters, unique regardless of case ({@link #canonical()}). */
public record RequestTypeName(String value) {
  public static final int MAX_LENGTH = 255;

  public RequestTypeName {
    Objects.requireNonNull(value, "name");
    value = Text.required("name", value, MAX_LENGTH);
  }

  public String canonical() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
