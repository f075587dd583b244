package org.crms.application.port.in.client;

import org.crms.application.port.in.InstantRange;

/**
 * Which live clients a list shows; the parts combine with "and".
 *
 * @param active only active (true) or inactive (false) clients; null for both
 * @param nameContains a fragment of the name, compared regardless of case; null or blank for any
 * @param created only clients created within this range
 * @param updated only clients last changed within this range
 */
public record ClientFilter(
    Boolean active, String nameContains, InstantRange created, InstantRange updated) {
  public ClientFilter {
    nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
    created = created == null ? InstantRange.ANY : created;
    updated = updated == null ? InstantRange.ANY : updated;
  }

  /** Filters by the active flag and the name only. */
  public ClientFilter(Boolean active, String nameContains) {
    this(active, nameContains, InstantRange.ANY, InstantRange.ANY);
  }

  public static ClientFilter all() {
    return new ClientFilter(null, null);
  }
}
