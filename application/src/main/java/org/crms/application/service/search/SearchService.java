package org.crms.application.service.search;

import org.crms.application.port.in.search.SearchQuery;
import org.crms.application.port.in.search.SearchResults;
import org.crms.application.port.in.search.SearchUseCase;
import org.crms.application.port.out.SearchIndex;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.user.Permission;

/** Searches every kind of item at once, in one read-only transaction. */
public final class SearchService implements SearchUseCase {
  private final SearchIndex index;
  private final UnitOfWork unitOfWork;

  public SearchService(SearchIndex index, UnitOfWork unitOfWork) {
    this.index = index;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public SearchResults search(SearchQuery query) {
    query.actor().require(Permission.VIEW_RECORDS);
    var terms = query.terms();
    var limit = query.limit();
    return unitOfWork.readOnly(
        () ->
            new SearchResults(
                terms,
                index.requests(terms, limit),
                index.clients(terms, limit),
                index.contactRecords(terms, limit)));
  }
}
