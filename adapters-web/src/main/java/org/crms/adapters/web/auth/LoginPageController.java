package org.crms.adapters.web.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.LocalRedirect;

/**
 * The pages of signing in: the start page for anonymous visitors, the login form and the
 * account-disabled page. Someone already signed in who opens the start or login page goes to the
 * dashboard. The form itself is handled by {@link SessionController}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class LoginPageController {
  static final String DASHBOARD = "/dashboard";

  private final Pages pages;
  private final boolean registrationOpen;

  LoginPageController(
      Pages pages, @Value("${crms.registration.enabled:true}") boolean registrationOpen) {
    this.pages = pages;
    this.registrationOpen = registrationOpen;
  }

  @Get("/")
  HttpResponse<?> start(HttpRequest<?> request, @Nullable Authentication authentication) {
    if (authentication != null) {
      return pages.seeOther(DASHBOARD);
    }
    return pages.ok(
        request, "auth/start.jte", new StartPage(pages.chrome(request), registrationOpen));
  }

  @Get("/login")
  HttpResponse<?> loginForm(
      @QueryValue @Nullable String next,
      @QueryValue @Nullable String error,
      @QueryValue("logged-out") @Nullable String loggedOut,
      HttpRequest<?> request,
      @Nullable Authentication authentication) {
    if (authentication != null) {
      return pages.seeOther(LocalRedirect.safe(next).orElse(DASHBOARD));
    }
    var page =
        new LoginPage(
            pages.chrome(request),
            LocalRedirect.safe(next).orElse(null),
            describe(error),
            loggedOut == null ? null : "You have been logged out.",
            registrationOpen);
    return pages.ok(request, "auth/login.jte", page);
  }

  @Get("/account-disabled")
  HttpResponse<?> accountDisabled(HttpRequest<?> request) {
    return pages.ok(
        request, "auth/disabled.jte", new StartPage(pages.chrome(request), registrationOpen));
  }

  private static @Nullable String describe(@Nullable String error) {
    if (error == null) {
      return null;
    }
    return switch (error) {
      case "throttled" -> "Too many attempts. Wait a minute, then try again.";
      case "busy" -> "The server is busy. Try again in a moment.";
      default ->
          "Please enter a correct username and password. Note that both fields may be "
              + "case-sensitive.";
    };
  }
}
