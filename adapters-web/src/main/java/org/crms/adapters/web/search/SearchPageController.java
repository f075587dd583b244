package org.crms.adapters.web.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.search.SearchPage.Group;
import org.crms.adapters.web.search.SearchPage.Result;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.search.SearchHit;
import org.crms.application.port.in.search.SearchQuery;
import org.crms.application.port.in.search.SearchResults;
import org.crms.application.port.in.search.SearchTerms;
import org.crms.application.port.in.search.SearchUseCase;
import org.crms.domain.shared.InvalidValueException;

/**
 * The search results page behind the search box of every page: requests, clients and contact
 * records at once. A search that cannot run (nothing typed, far too long) says why on the page.
 */
@Controller("/search")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class SearchPageController {
  static final String TEMPLATE = "search/results.jte";
  static final String EMPTY = "Type what you are looking for: a title, a name, a reference.";
  static final String WORDS_ONLY =
      "Only whole words were matched: names and references are also searched for fragments from "
          + SearchTerms.MIN_FRAGMENT_LENGTH
          + " characters on.";

  private final SearchUseCase search;
  private final Pages pages;

  SearchPageController(SearchUseCase search, Pages pages) {
    this.search = search;
    this.pages = pages;
  }

  @Get
  HttpResponse<?> results(
      @QueryValue @Nullable String q, HttpRequest<?> request, Authentication authentication) {
    var typed = q == null ? "" : q;
    var chrome = pages.chrome(request);
    if (typed.isBlank()) {
      return pages.ok(request, TEMPLATE, new SearchPage(chrome, typed, EMPTY, null, List.of()));
    }
    try {
      var query = SearchQuery.parse(Actors.from(authentication), typed, null);
      var found = search.search(query);
      var hint = query.terms().matchesFragments() ? null : WORDS_ONLY;
      var page = new SearchPage(chrome, typed, null, hint, groups(found));
      return pages.ok(request, TEMPLATE, page);
    } catch (InvalidValueException e) {
      var message = FieldErrors.of(e).message("q");
      var page = new SearchPage(chrome, typed, message, null, List.of());
      return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, TEMPLATE, page);
    }
  }

  private static List<Group> groups(SearchResults found) {
    return List.of(
        group("Requests", found.requests(), "/requests/"),
        group("Clients", found.clients(), "/clients/"),
        group("Contact records", found.contactRecords(), "/contact-records/"));
  }

  private static Group group(String title, List<SearchHit> hits, String path) {
    return new Group(
        title,
        hits.stream().map(hit -> new Result(path + hit.id(), hit.label(), hit.context())).toList());
  }
}
