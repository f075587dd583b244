package org.crms.adapters.web.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crms.adapters.web.error.BadRequestException;

/**
 * Reads query parameters strictly: a value that is present but malformed answers 400 naming the
 * parameter, instead of being ignored or taken for something else. Absent or blank means "not
 * given" (null).
 */
final class QueryValues {
  private QueryValues() {}

  static Integer integer(String name, String raw) {
    if (absent(raw)) {
      return null;
    }
    try {
      return Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(name, "Use a whole number.");
    }
  }

  static UUID uuid(String name, String raw) {
    if (absent(raw)) {
      return null;
    }
    try {
      return UUID.fromString(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          name, "Use an id such as 3f2c5a9e-0b1d-4c8e-9a6f-2d7b1e4c8a10.");
    }
  }

  /** One of the enum's constants, by its name in any case. */
  static <E extends Enum<E>> E code(String name, String raw, Class<E> type) {
    if (absent(raw)) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(name, "Use one of " + codes(type) + ".");
    }
  }

  /**
   * The start of a time range: a date and time with an offset, or a date, meaning the start of that
   * day in UTC.
   */
  static Instant from(String name, String raw) {
    return absent(raw) ? null : instant(name, raw.strip(), 0);
  }

  /**
   * The (exclusive) end of a time range: a date and time with an offset, or a date, meaning the
   * whole of that day in UTC (so the range ends when the next day starts).
   */
  static Instant until(String name, String raw) {
    return absent(raw) ? null : instant(name, raw.strip(), 1);
  }

  static String codes(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static Instant instant(String name, String value, int daysAfterADate) {
    try {
      if (value.length() == "2026-01-05".length()) {
        return LocalDate.parse(value)
            .plusDays(daysAfterADate)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
      }
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          name,
          "Use a date (2026-01-05) or a date and time with an offset (2026-01-05T09:30:00Z).");
    }
  }

  private static boolean absent(String raw) {
    return raw == null || raw.isBlank();
  }
}
