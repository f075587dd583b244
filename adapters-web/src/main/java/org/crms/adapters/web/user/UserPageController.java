package org.crms.adapters.web.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.user.ListUsersQuery;
import org.crms.application.port.in.user.ListUsersUseCase;

/**
 * The user administration list, filtered like {@code GET /api/v1/users} (active, role, q) and paged
 * by keyset. Only admins may see it: the use case refuses everyone else (403 page).
 */
@Controller("/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class UserPageController {
  private final ListUsersUseCase listUsers;
  private final Pages pages;

  UserPageController(ListUsersUseCase listUsers, Pages pages) {
    this.listUsers = listUsers;
    this.pages = pages;
  }

  @Get
  HttpResponse<?> list(
      @QueryValue @Nullable String active,
      @QueryValue @Nullable String role,
      @QueryValue @Nullable String q,
      @QueryValue @Nullable String cursor,
      HttpRequest<?> request,
      Authentication authentication) {
    var filters = new UserListLinks(active, role, q);
    var query =
        new ListUsersQuery(
            Actors.from(authentication),
            UserListParameters.filter(active, role, q),
            PageLimit.orDefault(null),
            UserListParameters.after(cursor));
    var found = listUsers.list(query);
    var page = filters.page(pages.chrome(request), found, cursor);
    return pages.ok(request, "user/list.jte", page);
  }
}
