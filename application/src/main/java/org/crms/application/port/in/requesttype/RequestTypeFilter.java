package org.crms.application.port.in.requesttype;

import org.crms.application.port.in.InstantRange;

/**
 * Which live request types a list shows; the parts combine with "and".
 *
 * @param active only active (true) or inactive (false) request types; null for both
 * @param nameContains a fragment of the name, compared regardless of case; null or blank for any
 * @param created only request types created within this range
 * @param updated only request types last changed within this range
 */
public record RequestTypeFilter(
    Boolean active, String nameContains, InstantRange created, InstantRange updated) {
  public RequestTypeFilter {
    nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
    created = created == null ? InstantRange.ANY : created;
    updated = updated == null ? InstantRange.ANY : updated;
  }

  /** Filters by the active flag and the name only. */
  public RequestTypeFilter(Boolean active, String nameContains) {
    this(active, nameContains, InstantRange.ANY, InstantRange.ANY);
  }

  public static RequestTypeFilter all() {
    return new RequestTypeFilter(null, null);
  }
}
