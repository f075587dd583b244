package org.crms.adapters.web.user;

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
import org.crms.application.port.in.user.GetCurrentUserQuery;
import org.crms.application.port.in.user.GetCurrentUserUseCase;

/** The caller's own account and what they may do, so that a client can adapt what it offers. */
@Controller(CurrentUserController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.ACCOUNT)
final class CurrentUserController {
  static final String PATH = "/api/v1/me";

  private final GetCurrentUserUseCase getCurrentUser;

  CurrentUserController(GetCurrentUserUseCase getCurrentUser) {
    this.getCurrentUser = getCurrentUser;
  }

  /**
   * The caller's own account, with the permissions of their role.
   *
   * @param authentication the caller
   * @return the account and what it may do
   */
  @Get
  CurrentUserResponse getCurrentUser(Authentication authentication) {
    var query = new GetCurrentUserQuery(Actors.from(authentication));
    return CurrentUserResponse.from(getCurrentUser.me(query));
  }
}
