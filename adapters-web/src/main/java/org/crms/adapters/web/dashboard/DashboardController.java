package org.crms.adapters.web.dashboard;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.dashboard.GetDashboardQuery;
import org.crms.application.port.in.dashboard.GetDashboardUseCase;

/** "Needs attention": the figures of the landing page after login. */
@Controller("/api/v1/dashboard")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.DASHBOARD)
final class DashboardController {
  private final GetDashboardUseCase dashboard;

  DashboardController(GetDashboardUseCase dashboard) {
    this.dashboard = dashboard;
  }

  /**
   * What needs attention now: unassigned, overdue, due within a day and untouched requests,
   * contacts awaiting a response past their follow-up day and the caller's own open requests, each
   * counted with its five most pressing items; and live requests counted by status and by type.
   *
   * @param authentication the caller, any signed-in user; "my open requests" are theirs
   * @return the figures, as of the server's current instant (days in UTC)
   */
  @Get
  DashboardResponse getDashboard(Authentication authentication) {
    return DashboardResponse.from(
        dashboard.get(new GetDashboardQuery(Actors.from(authentication))));
  }
}
