package org.crms.adapters.web.auth;

import io.micronaut.core.annotation.Nullable;
import org.crms.domain.shared.InvalidValueException;

/** Reads the typed fields of the token form into what the use case takes. */
final class TokenValues {
  private TokenValues() {}

  /**
   * @return the number of days, or null when left blank (the use case's default)
   * @throws InvalidValueException naming {@code validDays} if it is not a whole number
   */
  static @Nullable Integer days(@Nullable String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("validDays", "Enter a whole number of days.");
    }
  }
}
