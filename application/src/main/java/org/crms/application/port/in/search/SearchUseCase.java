package org.crms.application.port.in.search;

/**
 * Use case: find live requests, clients and contact records from one search box. Words are matched
 * in request titles, descriptions and references and in contact records' payment references, names
 * and notes; fragments of three characters or more also in request references, client names and
 * contact records' payment references and names; always regardless of case.
 */
public interface SearchUseCase {
  /**
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not view records
   */
  SearchResults search(SearchQuery query);
}
