package org.crms.application.port.in.search;

import java.util.List;
import java.util.Objects;

/**
 * What a search found, grouped by kind, each group best match first. An item appears at most once,
 * however many of its fields matched.
 *
 * @param terms what was searched for, as understood (stripped)
 */
public record SearchResults(
    SearchTerms terms,
    List<SearchHit> requests,
    List<SearchHit> clients,
    List<SearchHit> contactRecords) {
  public SearchResults {
    Objects.requireNonNull(terms, "terms");
    requests = List.copyOf(requests);
    clients = List.copyOf(clients);
    contactRecords = List.copyOf(contactRecords);
  }
}
