package org.crms.adapters.web.contact;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.crms.adapters.web.page.Formats;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.InvalidValueException;

/**
 * Reads the texts of the contact record form into values. Blank means "not given" (null); a text
 * that is no value of its kind is that field's error, in words for the person who typed it.
 */
final class ContactFormValues {
  private ContactFormValues() {}

  /** A constant of a select box, by its exact name. */
  static <E extends Enum<E>> E code(String field, @Nullable String raw, Class<E> type) {
    if (blank(raw)) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(field, "Choose one of the options.");
    }
  }

  /**
   * A {@code datetime-local} value in UTC; the exact stored time instead while the minute shown was
   * left as it was.
   */
  static Instant contactTime(@Nullable String shown, @Nullable String exact) {
    if (blank(shown)) {
      return null;
    }
    var value = shown.strip();
    try {
      if (!blank(exact)) {
        var stored = Instant.parse(exact.strip());
        if (Formats.dateTimeInput(stored).equals(value)) {
          return stored;
        }
      }
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "contactedAt", "Enter a date and time (UTC), e.g. 2026-01-05 09:30.");
    }
  }

  static LocalDate followUpDate(@Nullable String raw) {
    if (blank(raw)) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("followUpOn", "Enter a date, e.g. 2026-01-12.");
    }
  }

  static ClientRequestId request(@Nullable String raw) {
    if (blank(raw)) {
      return null;
    }
    try {
      return new ClientRequestId(UUID.fromString(raw.strip()));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("requestId", "Enter the id of a client request.");
    }
  }

  private static boolean blank(@Nullable String raw) {
    return raw == null || raw.isBlank();
  }
}
