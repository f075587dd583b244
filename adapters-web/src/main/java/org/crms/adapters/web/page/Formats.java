package org.crms.adapters.web.page;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages write times and names of constants. Times are shown in UTC and say so: the server
 * cannot know each reader's zone, and an unlabelled time would be read wrongly by half the team.
 */
public final class Formats {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LOCAL_INPUT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Formats() {}

  /** "2026-11-22 07:10 UTC"; empty for none. */
  public static String dateTime(@Nullable Instant at) {
    return at == null ? "" : DATE_TIME.format(at);
  }

  /** The value of a {@code datetime-local} input (UTC), e.g. "2026-11-22T07:10"; empty for none. */
  public static String dateTimeInput(@Nullable Instant at) {
    return at == null ? "" : LOCAL_INPUT.format(at);
  }

  /** ISO date, "2026-11-22"; empty for none. */
  public static String date(@Nullable LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /** A constant as words: IN_PROGRESS becomes "In progress", LOGIN_FAILED "Login failed". */
  public static String words(@Nullable Enum<?> constant) {
    if (constant == null) {
      return "";
    }
    var lower = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
