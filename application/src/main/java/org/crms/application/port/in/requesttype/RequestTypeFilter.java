package org.crms.application.port.in.requesttype;

/**
 * Which live request types a list shows.
 *
 * @param active only active (true) or inactive (false) types; null for both
 * @param nameContains a fragment of the name, regardless of case; null or blank for any
 */
public record RequestTypeFilter(Boolean active, String nameContains) {
  public RequestTypeFilter {
    nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
  }

  public static RequestTypeFilter all() {
    return new RequestTypeFilter(null, null);
  }
}
