package org.crms.adapters.web.trash;

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
import org.crms.adapters.web.shared.PageResponse;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.trash.ListTrashQuery;
import org.crms.application.port.in.trash.ListTrashUseCase;

/**
 * The trash: deleted items of every kind, for admins to restore (through each resource's {@code
 * POST .../{id}/restore}). Only admins may see it, which the domain decides; here only
 * authentication.
 */
@Controller("/api/v1/trash")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.TRASH)
final class TrashController {
  private final ListTrashUseCase listTrash;

  TrashController(ListTrashUseCase listTrash) {
    this.listTrash = listTrash;
  }

  /**
   * Lists deleted clients, request types, requests and contact records, newest deletion first, in
   * keyset pages.
   *
   * @param itemType only items of this kind: {@code CLIENT}, {@code REQUEST_TYPE}, {@code REQUEST}
   *     or {@code CONTACT_RECORD}; every kind when absent
   * @param limit how many items per page, 1 to 200; 50 when absent
   * @param cursor the {@code nextCursor} of the previous page; absent for the first page
   * @param authentication the caller, who must be an admin
   * @return one page of items, with the cursor of the next page (null on the last)
   */
  @Get
  @ApiDocs.Lists
  @ApiProblems.Forbidden
  PageResponse<TrashItemResponse> listTrashItems(
      @QueryValue @Nullable String itemType,
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      Authentication authentication) {
    var after = TrashCursors.decode(cursor);
    var query =
        new ListTrashQuery(
            Actors.from(authentication),
            TrashItemTypes.parse(itemType),
            PageLimit.orDefault(limit),
            after);
    return PageResponse.of(listTrash.list(query), TrashItemResponse::from, TrashCursors::encode);
  }
}
