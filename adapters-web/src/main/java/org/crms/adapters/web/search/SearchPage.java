package org.crms.adapters.web.search;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.application.port.in.search.SearchQuery;

/**
 * The search results page: what was searched for and what was found, grouped by kind; or why
 * nothing was searched.
 *
 * @param q the search as typed, shown again in the box
 * @param message why there are no results to show (nothing typed, too long), or null
 * @param hint how the search was understood (e.g. too short for fragments), or null
 * @param groups one per kind of item, in a fixed order; empty when nothing was searched
 */
public record SearchPage(
    Chrome chrome, String q, @Nullable String message, @Nullable String hint, List<Group> groups) {

  /** How many hits of each kind a search shows at most. */
  public int perKind() {
    return SearchQuery.DEFAULT_LIMIT;
  }

  /** Whether a search ran and found nothing at all. */
  public boolean nothingFound() {
    return !groups.isEmpty() && groups.stream().allMatch(g -> g.results().isEmpty());
  }

  /**
   * The hits of one kind.
   *
   * @param title "Requests", "Clients", "Contact records"
   */
  public record Group(String title, List<Result> results) {}

  /**
   * One hit.
   *
   * @param href the item's page
   * @param context where the item belongs; null when there is nothing to say
   */
  public record Result(String href, String label, @Nullable String context) {}
}
