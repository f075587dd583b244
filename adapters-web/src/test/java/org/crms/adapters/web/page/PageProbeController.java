package org.crms.adapters.web.page;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;

/** Page routes that exist only in {@link PagesTest}: one that renders, one that is refused. */
@Controller("/page-probe")
@Requires(property = "spec.name", value = "pages")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class PageProbeController {
  private final Pages pages;

  PageProbeController(Pages pages) {
    this.pages = pages;
  }

  @Get("/hello")
  HttpResponse<?> hello(HttpRequest<?> request) {
    return pages.ok(
        request, "error.jte", new ErrorPage(pages.chrome(request), 200, "Hello <b>you</b>", ""));
  }

  @Post("/flash")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> flash() {
    return pages.seeOther("/page-probe/hello", Flash.success(Flash.ADDED));
  }

  @Get("/forbidden")
  HttpResponse<?> forbidden() {
    throw new PermissionDeniedException(Permission.MANAGE_USERS);
  }
}
