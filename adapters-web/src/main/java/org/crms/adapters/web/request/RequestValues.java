package org.crms.adapters.web.request;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the text of request fields and parameters strictly: what does not parse is refused with a
 * message a person can act on, never guessed at. Callers decide whether that is a 400 (a query
 * parameter) or a 422 (a field of a body).
 */
final class RequestValues {
  private RequestValues() {}

  /**
   * @throws IllegalArgumentException if the text is not a UUID
   */
  static UUID uuid(String raw) {
    try {
      var id = UUID.fromString(raw.strip());
      if (!id.toString().equalsIgnoreCase(raw.strip())) {
        throw new IllegalArgumentException("not canonical");
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Must be an id such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301.");
    }
  }

  /**
   * @throws IllegalArgumentException if the text is not an ISO-8601 date
   */
  static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Must be a date such as 2026-05-31.");
    }
  }

  /**
   * @throws IllegalArgumentException if the text is not an ISO-8601 instant
   */
  static Instant instant(String raw) {
    try {
      return Instant.parse(raw.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Must be an instant such as 2026-05-31T09:00:00Z.");
    }
  }

  /**
   * A constant by its name, regardless of case.
   *
   * @throws IllegalArgumentException naming the constants there are
   */
  static <E extends Enum<E>> E constant(Class<E> type, String raw) {
    var name = raw.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Use one of " + names(type) + "."));
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
