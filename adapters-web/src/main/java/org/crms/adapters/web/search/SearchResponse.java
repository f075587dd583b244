package org.crms.adapters.web.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import org.crms.application.port.in.search.SearchHit;
import org.crms.application.port.in.search.SearchResults;

/**
 * What a search found, one list per kind of item, best match first.
 *
 * @param q the search as understood: trimmed
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record SearchResponse(String q, List<Hit> requests, List<Hit> clients, List<Hit> contactRecords) {

  static SearchResponse from(SearchResults results) {
    return new SearchResponse(
        results.terms().text(),
        hits(results.requests()),
        hits(results.clients()),
        hits(results.contactRecords()));
  }

  private static List<Hit> hits(List<SearchHit> hits) {
    return hits.stream()
        .map(hit -> new Hit(hit.id(), hit.label(), hit.context(), hit.rank()))
        .toList();
  }

  /**
   * One item found.
   *
   * @param label a request's title, a client's name, a contact's "first last · payment reference"
   * @param context a hint where the item belongs (a request's client and reference, a client's
   *     e-mail address, the start of a contact's notes); null when there is none
   * @param rank higher is better: 3 and more for an exact match, 2 for a prefix, 1 for a fragment,
   *     plus up to 1 for matching words
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Hit(UUID id, String label, String context, double rank) {}
}
