package org.crms.adapters.web.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import java.util.function.BiFunction;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.apidocs.ApiProblems;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.CsvExports;
import org.crms.adapters.web.shared.PageResponse;
import org.crms.application.port.in.Page;
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
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;

/**
 * User administration: list accounts, activate and deactivate them, change their role. Only admins
 * may, which the domain decides; here only authentication.
 */
@Controller("/api/v1/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@ApiProblems.BadRequest
@ApiProblems.Forbidden
@Tag(name = ApiDefinition.USERS)
final class UserController {
  private final ListUsersUseCase listUsers;
  private final ActivateUserUseCase activateUser;
  private final DeactivateUserUseCase deactivateUser;
  private final ChangeUserRoleUseCase changeUserRole;
  private final CsvExports csvExports;

  UserController(
      ListUsersUseCase listUsers,
      ActivateUserUseCase activateUser,
      DeactivateUserUseCase deactivateUser,
      ChangeUserRoleUseCase changeUserRole,
      CsvExports csvExports) {
    this.listUsers = listUsers;
    this.activateUser = activateUser;
    this.deactivateUser = deactivateUser;
    this.changeUserRole = changeUserRole;
    this.csvExports = csvExports;
  }

  /**
   * Lists every account by username, one keyset page at a time (admins only); or all of them as
   * CSV.
   *
   * @param limit how many accounts a page holds, 1 to 200; 50 when absent
   * @param cursor the {@code nextCursor} of the page before; absent for the first page
   * @param active {@code true} for active accounts only, {@code false} for deactivated ones only
   * @param role {@code ADMIN} or {@code LIMITED}: accounts with that role only
   * @param q a fragment the username or e-mail address contains, regardless of case
   * @param format {@code json} (the default) or {@code csv}: every account, in the list's order, as
   *     one CSV file; {@code limit} and {@code cursor} are ignored. {@code Accept: text/csv}
   *     without JSON does the same.
   * @param request the request, whose {@code Accept} header may ask for CSV
   * @param authentication the caller
   */
  @Get(produces = {MediaType.APPLICATION_JSON, CsvExports.TEXT_CSV})
  @ApiDocs.Lists
  @ApiResponse(
      responseCode = "200",
      description = ApiDocs.LIST_OR_CSV,
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserPage")),
        @Content(mediaType = CsvExports.TEXT_CSV, schema = @Schema(type = "string"))
      })
  HttpResponse<?> listUsers(
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      @QueryValue @Nullable String active,
      @QueryValue @Nullable String role,
      @QueryValue @Nullable String q,
      @QueryValue @Nullable String format,
      HttpRequest<?> request,
      Authentication authentication) {
    var actor = Actors.from(authentication);
    var filter = UserListParameters.filter(active, role, q);
    BiFunction<PageLimit, UserPosition, Page<User, UserPosition>> pages =
        (size, after) -> listUsers.list(new ListUsersQuery(actor, filter, size, after));
    if (CsvExports.requested(request, format)) {
      return csvExports.export("users.csv", UserCsv.COLUMNS, pages);
    }
    var after = UserListParameters.after(cursor);
    return HttpResponse.ok(
        PageResponse.of(
            pages.apply(PageLimit.orDefault(limit), after),
            UserResponse::from,
            UserListParameters::cursor));
  }

  /**
   * Lets a deactivated user log in again (admins only; never one's own account).
   *
   * @param id the user's id
   * @param authentication the caller
   * @return the account as it is now
   */
  @Post("/{id}/activate")
  @ApiProblems.NotFound
  @ApiProblems.Conflict
  UserResponse activateUser(UUID id, Authentication authentication) {
    var command = new ActivateUserCommand(Actors.from(authentication), new UserId(id));
    return UserResponse.from(activateUser.activate(command));
  }

  /**
   * Deactivates a user and ends their sessions and tokens at once (admins only; never one's own
   * account, nor the last active admin).
   *
   * @param id the user's id
   * @param authentication the caller
   * @return the account as it is now
   */
  @Post("/{id}/deactivate")
  @ApiProblems.NotFound
  @ApiProblems.Conflict
  UserResponse deactivateUser(UUID id, Authentication authentication) {
    var command = new DeactivateUserCommand(Actors.from(authentication), new UserId(id));
    return UserResponse.from(deactivateUser.deactivate(command));
  }

  /**
   * Gives a user another role (admins only; never one's own, nor the last active admin's).
   *
   * @param id the user's id
   * @param payload the role to give: {@code ADMIN} or {@code LIMITED}
   * @param authentication the caller
   * @return the account as it is now
   */
  @Put("/{id}/role")
  @ApiProblems.BadRequest
  @ApiProblems.NotFound
  @ApiProblems.Conflict
  @ApiProblems.ValidationFailed
  UserResponse changeUserRole(UUID id, @Body RolePayload payload, Authentication authentication) {
    var command =
        new ChangeUserRoleCommand(Actors.from(authentication), new UserId(id), payload.parsed());
    return UserResponse.from(changeUserRole.changeRole(command));
  }
}
