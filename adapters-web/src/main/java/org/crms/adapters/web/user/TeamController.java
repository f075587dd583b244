package org.crms.adapters.web.user;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.user.ListTeamMembersQuery;
import org.crms.application.port.in.user.ListTeamMembersUseCase;

/** Every account's name, for any signed-in user: who owns a request and whom to give it to. */
@Controller(TeamController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.ACCOUNT)
final class TeamController {
  static final String PATH = "/api/v1/team";

  private final ListTeamMembersUseCase listTeamMembers;

  TeamController(ListTeamMembersUseCase listTeamMembers) {
    this.listTeamMembers = listTeamMembers;
  }

  /**
   * Every account, active or not, by username regardless of case: its id, username and whether it
   * is active. No e-mail addresses or roles; admins read those from the user list.
   *
   * @param authentication the caller
   * @return the whole team, in one unpaged list
   */
  @Get
  List<TeamMemberResponse> listTeamMembers(Authentication authentication) {
    var query = new ListTeamMembersQuery(Actors.from(authentication));
    return listTeamMembers.list(query).stream().map(TeamMemberResponse::from).toList();
  }
}
