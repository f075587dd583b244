package org.crms.adapters.web.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.apidocs.ApiProblems;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.search.SearchQuery;
import org.crms.application.port.in.search.SearchUseCase;

/** The one search box of the JSON API, over requests, clients and contact records at once. */
@Controller("/api/v1/search")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.SEARCH)
final class SearchController {
  private final SearchUseCase search;

  SearchController(SearchUseCase search) {
    this.search = search;
  }

  /**
   * Finds live requests, clients and contact records, regardless of case: words in request titles,
   * descriptions and references and in contact records' payment references, names and notes; from
   * three characters on also fragments of request references, client names and contact records'
   * payment references and names. Exact and prefix matches come first.
   *
   * @param q what to look for: 1 to 200 characters once trimmed; required
   * @param limit how many hits of each kind at most, 1 to 50; 10 when absent
   * @param authentication the caller, any signed-in user
   * @return the hits grouped by kind, best first
   */
  @Get
  @ApiProblems.BadRequest
  @ApiProblems.ValidationFailed
  SearchResponse searchItems(
      @QueryValue @Nullable String q,
      @QueryValue @Nullable Integer limit,
      Authentication authentication) {
    var query = SearchQuery.parse(Actors.from(authentication), q, limit);
    return SearchResponse.from(search.search(query));
  }
}
