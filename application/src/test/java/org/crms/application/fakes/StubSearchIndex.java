package org.crms.application.fakes;

import java.util.ArrayList;
import java.util.List;
import org.crms.application.port.in.search.SearchHit;
import org.crms.application.port.in.search.SearchTerms;
import org.crms.application.port.out.SearchIndex;

/**
 * Answers every search with the hits a test gave it for each kind, cut to the limit, and remembers
 * what it was asked.
 */
public final class StubSearchIndex implements SearchIndex {
  private List<SearchHit> requests = List.of();
  private List<SearchHit> clients = List.of();
  private List<SearchHit> contactRecords = List.of();
  private final List<String> calls = new ArrayList<>();

  public StubSearchIndex answering(
      List<SearchHit> requests, List<SearchHit> clients, List<SearchHit> contactRecords) {
    this.requests = List.copyOf(requests);
    this.clients = List.copyOf(clients);
    this.contactRecords = List.copyOf(contactRecords);
    return this;
  }

  @Override
  public List<SearchHit> requests(SearchTerms terms, int limit) {
    return answer("requests", terms, limit, requests);
  }

  @Override
  public List<SearchHit> clients(SearchTerms terms, int limit) {
    return answer("clients", terms, limit, clients);
  }

  @Override
  public List<SearchHit> contactRecords(SearchTerms terms, int limit) {
    return answer("contactRecords", terms, limit, contactRecords);
  }

  /** Each call as {@code "kind:text:limit"}, in order. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  private List<SearchHit> answer(String kind, SearchTerms terms, int limit, List<SearchHit> hits) {
    calls.add(kind + ":" + terms.text() + ":" + limit);
    return hits.stream().limit(limit).toList();
  }
}
