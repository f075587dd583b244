package org.crms.adapters.web.dashboard;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.dashboard.GetDashboardQuery;
import org.crms.application.port.in.dashboard.GetDashboardUseCase;

/** The dashboard page, "Needs attention": the landing page after login. */
@Controller("/dashboard")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class DashboardPageController {
  private final GetDashboardUseCase dashboard;
  private final Pages pages;

  DashboardPageController(GetDashboardUseCase dashboard, Pages pages) {
    this.dashboard = dashboard;
    this.pages = pages;
  }

  @Get
  HttpResponse<?> dashboard(HttpRequest<?> request, Authentication authentication) {
    var figures = dashboard.get(new GetDashboardQuery(Actors.from(authentication)));
    var page = DashboardView.of(pages.chrome(request), figures);
    return pages.ok(request, "dashboard/dashboard.jte", page);
  }
}
