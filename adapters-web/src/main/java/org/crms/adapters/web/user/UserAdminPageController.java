package org.crms.adapters.web.user;

import io.micronaut.core.annotation.Nullable;
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
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Formats;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.user.ActivateUserCommand;
import org.crms.application.port.in.user.ActivateUserUseCase;
import org.crms.application.port.in.user.ChangeUserRoleCommand;
import org.crms.application.port.in.user.ChangeUserRoleUseCase;
import org.crms.application.port.in.user.DeactivateUserCommand;
import org.crms.application.port.in.user.DeactivateUserUseCase;
import org.crms.domain.shared.ConflictException;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;

/**
 * The forms of the user list: deactivate, activate, change role. Each answers with the list and a
 * flash; what the domain refuses (one's own account, the last active admin) comes back as an error
 * flash in its words. Whether the caller may do it at all is the use case's decision (403 page).
 */
@Controller("/users/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Hidden
final class UserAdminPageController {
  private final ActivateUserUseCase activateUser;
  private final DeactivateUserUseCase deactivateUser;
  private final ChangeUserRoleUseCase changeUserRole;
  private final Pages pages;

  UserAdminPageController(
      ActivateUserUseCase activateUser,
      DeactivateUserUseCase deactivateUser,
      ChangeUserRoleUseCase changeUserRole,
      Pages pages) {
    this.activateUser = activateUser;
    this.deactivateUser = deactivateUser;
    this.changeUserRole = changeUserRole;
    this.pages = pages;
  }

  @Post("/deactivate")
  HttpResponse<?> deactivate(
      UUID id, @Body @Nullable UserActionForm form, Authentication authentication) {
    var command = new DeactivateUserCommand(Actors.from(authentication), new UserId(id));
    return answer(
        form,
        () -> deactivateUser.deactivate(command),
        user -> name(user) + "'s account has been deactivated.");
  }

  @Post("/activate")
  HttpResponse<?> activate(
      UUID id, @Body @Nullable UserActionForm form, Authentication authentication) {
    var command = new ActivateUserCommand(Actors.from(authentication), new UserId(id));
    return answer(
        form,
        () -> activateUser.activate(command),
        user -> name(user) + "'s account has been activated.");
  }

  @Post("/role")
  HttpResponse<?> changeRole(
      UUID id, @Body @Nullable UserActionForm form, Authentication authentication) {
    return answer(
        form,
        () -> {
          var role = new RolePayload(form == null ? null : form.role()).parsed();
          var actor = Actors.from(authentication);
          return changeUserRole.changeRole(new ChangeUserRoleCommand(actor, new UserId(id), role));
        },
        user -> name(user) + "'s role is now " + Formats.words(user.role()) + ".");
  }

  /** Back to the list with the outcome; a refusal of the domain in its own words. */
  private HttpResponse<?> answer(
      @Nullable UserActionForm form, Supplier<User> change, Function<User, String> done) {
    var back = UserActionForm.back(form);
    try {
      return pages.seeOther(back, Flash.success(done.apply(change.get())));
    } catch (ConflictException e) {
      return pages.seeOther(back, Flash.error(e.getMessage()));
    } catch (InvalidValueException e) {
      return pages.seeOther(back, Flash.error(e.violations().getFirst().message()));
    }
  }

  private static String name(User user) {
    return user.username().value();
  }
}
