package org.crms.adapters.web.request;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.request.ChangeRequestStatusCommand;
import org.crms.application.port.in.request.ChangeRequestStatusUseCase;
import org.crms.application.port.in.request.GetRequestQuery;
import org.crms.application.port.in.request.GetRequestUseCase;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.IllegalStatusTransitionException;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.StaleAggregateException;

/**
 * A request's page, and its status buttons. The buttons offered are the moves the domain's workflow
 * allows; a forged one is refused by the domain and reported as a flash in its words.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class RequestPageController {
  static final String STALE =
      "Someone else changed this request meanwhile. Here it is as it stands now; try again.";

  private final Pages pages;
  private final GetRequestUseCase getRequest;
  private final ChangeRequestStatusUseCase changeStatus;
  private final RequestDetailPages details;

  RequestPageController(
      Pages pages,
      GetRequestUseCase getRequest,
      ChangeRequestStatusUseCase changeStatus,
      RequestDetailPages details) {
    this.pages = pages;
    this.getRequest = getRequest;
    this.changeStatus = changeStatus;
    this.details = details;
  }

  @Get("/requests/{id}")
  HttpResponse<?> detail(UUID id, HttpRequest<?> request, Authentication authentication) {
    var actor = Actors.from(authentication);
    var found = getRequest.get(new GetRequestQuery(actor, new ClientRequestId(id)));
    return pages.ok(
        request, "request/detail.jte", details.page(pages.chrome(request), actor, found));
  }

  @Post("/requests/{id}/status")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> changeStatus(
      UUID id, @Body RequestStatusForm form, Authentication authentication) {
    var back = "/requests/" + id;
    try {
      var command =
          new ChangeRequestStatusCommand(
              Actors.from(authentication),
              new ClientRequestId(id),
              form.status(),
              form.expectedVersion());
      var moved = changeStatus.changeStatus(command);
      return pages.seeOther(
          back, Flash.success("Request marked as " + moved.status().label() + "."));
    } catch (IllegalStatusTransitionException e) {
      return pages.seeOther(back, Flash.error(e.getMessage()));
    } catch (InvalidValueException e) {
      return pages.seeOther(back, Flash.error(RequestViews.messages(e)));
    } catch (StaleAggregateException e) {
      return pages.seeOther(back, Flash.error(STALE));
    }
  }
}
