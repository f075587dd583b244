package org.crms.adapters.web.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.UUID;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.PageCursor;
import org.crms.adapters.web.shared.PageResponse;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.user.ActivateUserCommand;
import org.crms.application.port.in.user.ActivateUserUseCase;
import org.crms.application.port.in.user.ChangeUserRoleCommand;
import org.crms.application.port.in.user.ChangeUserRoleUseCase;
import org.crms.application.port.in.user.DeactivateUserCommand;
import org.crms.application.port.in.user.DeactivateUserUseCase;
import org.crms.application.port.in.user.ListUsersQuery;
import org.crms.application.port.in.user.ListUsersUseCase;
import org.crms.application.port.in.user.UserPosition;
import org.crms.domain.user.UserId;

/**
 * User administration: list accounts, activate and deactivate them, change their role. Only admins
 * may, which the domain decides; here only authentication.
 */
@Controller("/api/v1/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class UserController {
  private final ListUsersUseCase listUsers;
  private final ActivateUserUseCase activateUser;
  private final DeactivateUserUseCase deactivateUser;
  private final ChangeUserRoleUseCase changeUserRole;

  UserController(
      ListUsersUseCase listUsers,
      ActivateUserUseCase activateUser,
      DeactivateUserUseCase deactivateUser,
      ChangeUserRoleUseCase changeUserRole) {
    this.listUsers = listUsers;
    this.activateUser = activateUser;
    this.deactivateUser = deactivateUser;
    this.changeUserRole = changeUserRole;
  }

  @Get
  PageResponse<UserResponse> list(
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      Authentication authentication) {
    var after =
        PageCursor.decode(cursor, (id, username) -> new UserPosition(username, new UserId(id)));
    var query = new ListUsersQuery(Actors.from(authentication), PageLimit.orDefault(limit), after);
    return PageResponse.of(
        listUsers.list(query),
        UserResponse::from,
        position -> PageCursor.encode(position.id().value(), position.username()));
  }

  @Post("/{id}/activate")
  UserResponse activate(UUID id, Authentication authentication) {
    var command = new ActivateUserCommand(Actors.from(authentication), new UserId(id));
    return UserResponse.from(activateUser.activate(command));
  }

  @Post("/{id}/deactivate")
  UserResponse deactivate(UUID id, Authentication authentication) {
    var command = new DeactivateUserCommand(Actors.from(authentication), new UserId(id));
    return UserResponse.from(deactivateUser.deactivate(command));
  }

  @Put("/{id}/role")
  UserResponse changeRole(UUID id, @Body RolePayload payload, Authentication authentication) {
    var command =
        new ChangeUserRoleCommand(Actors.from(authentication), new UserId(id), payload.parsed());
    return UserResponse.from(changeUserRole.changeRole(command));
  }
}
