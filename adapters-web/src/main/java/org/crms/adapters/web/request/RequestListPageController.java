package org.crms.adapters.web.request;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.request.ListRequestsQuery;
import org.crms.application.port.in.request.ListRequestsUseCase;

/**
 * The request list page: the API list's filters, sort and keyset pages, as one form with a box per
 * request for the bulk edit ({@link RequestBulkPageController}).
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class RequestListPageController {
  private final Pages pages;
  private final ListRequestsUseCase listRequests;
  private final RequestChoices choices;
  private final Clock clock;

  RequestListPageController(
      Pages pages, ListRequestsUseCase listRequests, RequestChoices choices, Clock clock) {
    this.pages = pages;
    this.listRequests = listRequests;
    this.choices = choices;
    this.clock = clock;
  }

  @Get(RequestListLinks.PAGE)
  HttpResponse<?> list(
      @RequestBean RequestListParameters parameters,
      HttpRequest<?> request,
      Authentication authentication) {
    var actor = Actors.from(authentication);
    var links = RequestListLinks.of(parameters);
    var asked = links.parameters();
    var sort = asked.order();
    var query =
        new ListRequestsQuery(
            actor,
            asked.filter(),
            sort,
            asked.pageLimit(),
            RequestOrder.after(asked.cursor(), sort));
    var found = listRequests.list(query);
    var team = choices.team(actor);
    var options = RequestListPages.choices(choices.types(actor), choices.clients(actor), team);
    var context =
        new RequestListPages.Context(
            pages.chrome(request), actor, ClientRequestResponse.today(clock), team, options);
    return pages.ok(request, "request/list.jte", RequestListPages.of(context, links, found));
  }
}
