package org.crms.adapters.web.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.adapters.web.page.QueryString;
import org.crms.adapters.web.shared.QueryValues;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.audit.AuditFilter;
import org.crms.domain.audit.ItemType;
import org.crms.domain.user.UserId;

/**
 * The filters of the audit log page, as asked for: the API's parameters, except that {@code from}
 * and {@code to} may also be days (what a date input sends), {@code to} then including that day.
 *
 * @param action the one action chosen in the form (the API's comma-separated list is read too)
 */
public record AuditLogFilters(
    @Nullable String userId,
    @Nullable String action,
    @Nullable String itemType,
    @Nullable String itemId,
    @Nullable String from,
    @Nullable String to) {

  static AuditLogFilters of(
      @Nullable String userId,
      @Nullable List<String> actions,
      @Nullable String itemType,
      @Nullable String itemId,
      @Nullable String from,
      @Nullable String to) {
    var action = actions == null ? null : String.join(",", actions);
    return new AuditLogFilters(userId, action, itemType, itemId, from, to);
  }

  /**
   * @throws BadRequestException naming the first parameter that cannot be read
   */
  AuditFilter filter() {
    var user = QueryValues.uuid("userId", userId);
    return new AuditFilter(
        user == null ? null : new UserId(user),
        AuditLogController.actions(action == null ? null : List.of(action)),
        QueryValues.constant("itemType", itemType, ItemType.class),
        QueryValues.uuid("itemId", itemId),
        new InstantRange(instant("from", from, 0), instant("to", to, 1)));
  }

  QueryString query() {
    return QueryString.empty()
        .with("userId", userId)
        .with("action", action)
        .with("itemType", itemType)
        .with("itemId", itemId)
        .with("from", from)
        .with("to", to);
  }

  /** A day's start in UTC (plus some days), or an instant as the API reads it. */
  private static Instant instant(String name, @Nullable String raw, int daysAfterADate) {
    if (raw == null || raw.isBlank() || raw.strip().length() != "2026-03-01".length()) {
      return QueryValues.instant(name, raw);
    }
    try {
      return LocalDate.parse(raw.strip())
          .plusDays(daysAfterADate)
          .atStartOfDay(ZoneOffset.UTC)
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name, "Must be a date, e.g. 2026-03-01.");
    }
  }
}
