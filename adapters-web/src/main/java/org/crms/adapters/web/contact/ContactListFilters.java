package org.crms.adapters.web.contact;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.stream.Stream;
import org.crms.adapters.web.page.QueryString;

/**
 * The filters of the contact record list as its form shows them, exactly as they were asked for.
 *
 * @param requestId only the contacts about this request (kept when the list came from one)
 * @param followUpDue whether only contacts whose follow-up is due are shown
 * @param mine whether only the viewer's contacts are shown
 * @param contactedFrom the first day of the contact date range, as entered
 * @param contactedTo the last day of the contact date range, as entered
 */
public record ContactListFilters(
    @Nullable String requestId,
    @Nullable String method,
    @Nullable String outcome,
    boolean followUpDue,
    boolean mine,
    @Nullable String contactedFrom,
    @Nullable String contactedTo,
    @Nullable String q,
    @Nullable String sort,
    @Nullable String limit) {

  static ContactListFilters of(ContactRecordListParameters parameters) {
    return new ContactListFilters(
        parameters.requestId(),
        code(parameters.method()),
        code(parameters.outcome()),
        "true".equalsIgnoreCase(parameters.followUpDue()),
        "true".equalsIgnoreCase(parameters.mine()),
        parameters.contactedFrom(),
        parameters.contactedTo(),
        parameters.q(),
        parameters.sort(),
        parameters.limit());
  }

  /** A code as the select boxes name it; the list reads codes in any case. */
  private static @Nullable String code(@Nullable String raw) {
    return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
  }

  /** The given query with these filters added, in the API's parameter names. */
  QueryString addTo(QueryString query) {
    return query
        .with("requestId", requestId)
        .with("method", method)
        .with("outcome", outcome)
        .with("followUpDue", followUpDue ? "true" : null)
        .with("mine", mine ? "true" : null)
        .with("contactedFrom", contactedFrom)
        .with("contactedTo", contactedTo)
        .with("q", q)
        .with("sort", sort)
        .with("limit", limit);
  }

  /** The order chosen in the form: the list's default when none was asked for. */
  public String sortChoice() {
    return sort == null || sort.isBlank() ? "-contacted" : sort.strip();
  }

  /** Whether any filter narrows the list (so that an empty list says "no match", not "none"). */
  public boolean narrowed() {
    return followUpDue
        || mine
        || Stream.of(requestId, method, outcome, contactedFrom, contactedTo, q)
            .anyMatch(value -> value != null && !value.isBlank());
  }
}
