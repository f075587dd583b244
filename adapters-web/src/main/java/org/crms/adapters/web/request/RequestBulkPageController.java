package org.crms.adapters.web.request;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.security.LocalRedirect;
import org.crms.application.port.in.request.BulkEditRequestsCommand;
import org.crms.application.port.in.request.BulkEditRequestsUseCase;
import org.crms.application.port.in.request.BulkEditResult;
import org.crms.domain.shared.InvalidValueException;

/**
 * The bulk bar of the request list: one change for every ticked request, in one use case call. Each
 * request is applied or refused on its own; when all went through the list comes back with a flash,
 * otherwise a page lists every refused request with the reason.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class RequestBulkPageController {
  private final Pages pages;
  private final BulkEditRequestsUseCase bulkEdit;

  RequestBulkPageController(Pages pages, BulkEditRequestsUseCase bulkEdit) {
    this.pages = pages;
    this.bulkEdit = bulkEdit;
  }

  @Post("/requests/bulk")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> bulkEdit(
      @Body RequestBulkForm form, HttpRequest<?> request, Authentication authentication) {
    var back = LocalRedirect.safe(form.back()).orElse(RequestListLinks.PAGE);
    var actor = Actors.from(authentication);
    BulkEditRequestsCommand command;
    try {
      command = form.command(actor);
    } catch (InvalidValueException e) {
      return pages.seeOther(back, Flash.error(RequestViews.messages(e)));
    }
    var result = bulkEdit.edit(command);
    var summary = RequestBulkMessages.summary(command.change(), result, actor);
    var refused = refusals(result);
    if (refused.isEmpty()) {
      return pages.seeOther(back, Flash.success(summary));
    }
    var page = new RequestBulkPage(pages.chrome(request), summary, refused, back);
    return pages.ok(request, "request/bulk.jte", page);
  }

  private static List<RequestBulkPage.Refusal> refusals(BulkEditResult result) {
    return result.items().stream()
        .filter(item -> item.outcome() == BulkEditResult.Outcome.REFUSED)
        .map(
            item ->
                new RequestBulkPage.Refusal(
                    item.id().value().toString(),
                    "/requests/" + item.id().value(),
                    item.problem().getMessage()))
        .toList();
  }
}
