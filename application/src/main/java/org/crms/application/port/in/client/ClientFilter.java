package org.crms.application.port.in.client;

/**
 * Which live clients a list shows.
 *
 * @param active only active (true) or inactive (false) clients; null for both
 * @param nameContains a fragment of the name, compared regardless of case; null or blank for any
 */
public record ClientFilter(Boolean active, String nameContains) {
  public ClientFilter {
    nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
  }

  public static ClientFilter all() {
    return new ClientFilter(null, null);
  }
}
