package org.crms.adapters.web.page;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.crms.adapters.web.shared.QueryFlags;
import org.crms.adapters.web.shared.QueryValues;
import org.crms.adapters.web.shared.SortParameter;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.PageLimit;

/**
 * The filters, order and page size of a list of named items (clients, request types), read from the
 * same query parameters as the API's list of that resource ({@code q}, {@code active}, {@code
 * sort}, {@code createdFrom}, {@code createdTo}, {@code updatedFrom}, {@code updatedTo}, {@code
 * limit}), so that the page's links and its CSV export ask the API for exactly what is shown. Times
 * come either as the API writes them (ISO-8601 with an offset) or as a {@code datetime-local} input
 * sends them, read as UTC.
 *
 * @param q a fragment of the name; null for any
 * @param active only active (true) or inactive (false) items; null for both
 */
public record NamedListFilters(
    @Nullable String q,
    @Nullable Boolean active,
    ListOrder order,
    InstantRange created,
    InstantRange updated,
    PageLimit limit) {

  /** The sort choices of the filter form, in the API's words. */
  public static final List<Option> SORTS =
      List.of(
          new Option("name", "Name, A to Z"),
          new Option("-name", "Name, Z to A"),
          new Option("-updated", "Recently changed first"),
          new Option("updated", "Least recently changed first"),
          new Option("-created", "Newest first"),
          new Option("created", "Oldest first"));

  /** The choices of the active filter. */
  public static final List<Option> ACTIVITY =
      List.of(new Option("true", "Active only"), new Option("false", "Inactive only"));

  public NamedListFilters {
    q = q == null || q.isBlank() ? null : q.strip();
  }

  /**
   * Reads the raw query parameters; a value that cannot be read is refused (400) naming its
   * parameter, as the API does.
   */
  public static NamedListFilters parse(
      @Nullable String q,
      @Nullable String active,
      @Nullable String sort,
      @Nullable String createdFrom,
      @Nullable String createdTo,
      @Nullable String updatedFrom,
      @Nullable String updatedTo,
      @Nullable Integer limit) {
    return new NamedListFilters(
        q,
        QueryFlags.parse("active", active),
        SortParameter.parse(sort),
        new InstantRange(instant("createdFrom", createdFrom), instant("createdTo", createdTo)),
        new InstantRange(instant("updatedFrom", updatedFrom), instant("updatedTo", updatedTo)),
        PageLimit.orDefault(limit));
  }

  /** The {@code sort} value of this order, e.g. {@code -updated}. */
  public String sort() {
    return SortParameter.of(order);
  }

  /** The {@code active} value: "true", "false", or null for both. */
  public @Nullable String activeValue() {
    return active == null ? null : active.toString();
  }

  /** The value of a {@code datetime-local} input for a bound of a range; empty for none. */
  public static String input(@Nullable Instant at) {
    return Formats.dateTimeInput(at);
  }

  /** Every parameter that differs from the list's default; times as the API reads them. */
  public QueryString query() {
    return QueryString.empty()
        .with("q", q)
        .with("active", activeValue())
        .with("sort", order.equals(ListOrder.BY_NAME) ? null : sort())
        .with("createdFrom", created.from())
        .with("createdTo", created.to())
        .with("updatedFrom", updated.from())
        .with("updatedTo", updated.to())
        .with("limit", limit.value() == PageLimit.DEFAULT ? null : limit.value());
  }

  /** The list at this path with these filters, from its first page. */
  public String href(String path) {
    return query().path(path);
  }

  /** The list at this path with these filters, continued after the cursor's position. */
  public String href(String path, String cursor) {
    return query().with("cursor", cursor).path(path);
  }

  /** The API list at this path as CSV: every item matching the filters, in the list's order. */
  public String csvHref(String apiPath) {
    return QueryString.empty().with("format", "csv").and(query()).path(apiPath);
  }

  /** Whether any filter narrows the list (the order and page size do not). */
  public boolean narrowed() {
    return q != null || active != null || !created.isUnbounded() || !updated.isUnbounded();
  }

  private static @Nullable Instant instant(String name, @Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(raw.strip()).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return QueryValues.instant(name, raw);
    }
  }
}
