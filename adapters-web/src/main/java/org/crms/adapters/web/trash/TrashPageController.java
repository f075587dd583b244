package org.crms.adapters.web.trash;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.trash.ListTrashQuery;
import org.crms.application.port.in.trash.ListTrashUseCase;

/**
 * The trash page, with the API's filter and keyset pages. Only admins may see it: the use case
 * refuses anyone else, which shows the 403 page. Restoring is in {@link TrashRestoreController}.
 */
@Controller(TrashPage.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class TrashPageController {
  private final Pages pages;
  private final ListTrashUseCase listTrash;

  TrashPageController(Pages pages, ListTrashUseCase listTrash) {
    this.pages = pages;
    this.listTrash = listTrash;
  }

  @Get
  HttpResponse<?> trash(
      @QueryValue @Nullable String itemType,
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      HttpRequest<?> request,
      Authentication authentication) {
    var query =
        new ListTrashQuery(
            Actors.from(authentication),
            TrashItemTypes.parse(itemType),
            PageLimit.orDefault(limit),
            TrashCursors.decode(cursor));
    var page = TrashPage.of(pages.chrome(request), itemType, listTrash.list(query), cursor);
    return pages.ok(request, "trash/list.jte", page);
  }
}
