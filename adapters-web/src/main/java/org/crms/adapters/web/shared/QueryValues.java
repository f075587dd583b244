package org.crms.adapters.web.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.application.port.in.InstantRange;

/**
 * Reads typed query parameters strictly, naming the parameter whose value cannot be read (400), so
 * that a typo never silently widens or empties a list.
 */
public final class QueryValues {
  private QueryValues() {}

  /**
   * @return the id, or null when the parameter is absent or blank
   * @throws BadRequestException if the value is not a UUID
   */
  public static UUID uuid(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(name, "Must be a UUID.");
    }
  }

  /**
   * An ISO-8601 date and time with its offset, e.g. {@code 2026-03-01T10:00:00Z} or {@code
   * 2026-03-01T11:00:00+01:00}. A {@code +} sent unencoded arrives as a space and is read as the
   * {@code +} it was meant to be.
   *
   * @return the instant, or null when the parameter is absent or blank
   * @throws BadRequestException if the value is not such a date and time
   */
  public static Instant instant(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(raw.strip().replace(' ', '+')).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          name, "Must be a date and time with a zone offset, e.g. 2026-03-01T10:00:00Z.");
    }
  }

  /**
   * The range between two instant parameters: from inclusive, to exclusive.
   *
   * @throws BadRequestException if either value is not a date and time
   */
  public static InstantRange range(String fromName, String from, String toName, String to) {
    return new InstantRange(instant(fromName, from), instant(toName, to));
  }

  /**
   * A constant of the enum by its name, regardless of case, with {@code -} for {@code _} (so both
   * {@code REQUEST_TYPE} and {@code request-type} work).
   *
   * @return the constant, or null when the parameter is absent or blank
   * @throws BadRequestException naming the allowed values if there is no such constant
   */
  public static <E extends Enum<E>> E constant(String name, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    var wanted = raw.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new BadRequestException(
                    name,
                    "Use one of "
                        + Arrays.stream(type.getEnumConstants())
                            .map(Enum::name)
                            .collect(Collectors.joining(", "))
                        + "."));
  }
}
