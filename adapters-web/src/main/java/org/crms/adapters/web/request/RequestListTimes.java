package org.crms.adapters.web.request;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The time filters of the request list page: its {@code datetime-local} fields send UTC times
 * without an offset, which the API's parameters do not read; the page writes them as instants, and
 * shows instants back in those fields.
 */
final class RequestListTimes {
  private RequestListTimes() {}

  /** A {@code datetime-local} value (UTC) as an instant; anything else as it came. */
  static String instant(String raw) {
    if (raw == null || raw.isBlank() || raw.strip().endsWith("Z")) {
      return raw;
    }
    try {
      return LocalDateTime.parse(raw.strip()).toInstant(ZoneOffset.UTC).toString();
    } catch (DateTimeException e) {
      return raw;
    }
  }

  /** The instant of a time parameter, for its {@code datetime-local} field; null when none. */
  static Instant parsed(String raw) {
    try {
      return raw == null || raw.isBlank() ? null : Instant.parse(raw.strip());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
