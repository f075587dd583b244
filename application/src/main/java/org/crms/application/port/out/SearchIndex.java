package org.crms.application.port.out;

import java.util.List;
import org.crms.application.port.in.search.SearchHit;
import org.crms.application.port.in.search.SearchTerms;

/**
 * Finds live items matching search terms, each kind on its own, best match first (ties by id or
 * name, so that the order is stable). Matching ignores case; fragments are matched only when {@link
 * SearchTerms#matchesFragments()} says so.
 */
public interface SearchIndex {
  /**
   * Requests whose title, description or reference holds the words, or whose reference the
   * fragment.
   */
  List<SearchHit> requests(SearchTerms terms, int limit);

  /** Clients whose name holds the fragment; for terms too short for fragments, the exact name. */
  List<SearchHit> clients(SearchTerms terms, int limit);

  /**
   * Contact records whose payment reference, names or notes hold the words, or whose payment
   * reference or full name ("first last") the fragment.
   */
  List<SearchHit> contactRecords(SearchTerms terms, int limit);
}
