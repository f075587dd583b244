package org.crms.adapters.web.user;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.CsrfExempt;
import org.crms.application.port.in.user.RegisterUserUseCase;
import org.crms.domain.shared.BusyException;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.TooManyAttemptsException;
import org.crms.domain.user.EmailTakenException;
import org.crms.domain.user.RegistrationClosedException;
import org.crms.domain.user.UsernameTakenException;

/**
 * The sign-up page: anyone may get an active LIMITED account, unless the installation has closed
 * registration. Someone already signed in is sent to the dashboard. The form is exempt from the
 * session's CSRF token (a visitor has no session yet), but a cross-site origin is refused.
 */
@Controller("/register")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class RegisterPageController {
  static final String REGISTERED = "You have successfully registered.";
  static final String MISMATCH = "Passwords do not match.";
  private static final String DASHBOARD = "/dashboard";

  private final RegisterUserUseCase registerUser;
  private final HttpClientAddressResolver clientAddress;
  private final Pages pages;
  private final boolean open;

  RegisterPageController(
      RegisterUserUseCase registerUser,
      HttpClientAddressResolver clientAddress,
      Pages pages,
      @Value("${crms.registration.enabled:true}") boolean open) {
    this.registerUser = registerUser;
    this.clientAddress = clientAddress;
    this.pages = pages;
    this.open = open;
  }

  @Get
  HttpResponse<?> form(HttpRequest<?> request, @Nullable Authentication authentication) {
    if (authentication != null) {
      return pages.seeOther(DASHBOARD);
    }
    var page = RegisterPage.blank(pages.chrome(request), open);
    return pages.ok(request, RegisterRefusals.TEMPLATE, page);
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @CsrfExempt
  HttpResponse<?> register(
      @Body @Nullable RegisterForm submitted,
      HttpRequest<?> request,
      @Nullable Authentication authentication) {
    if (authentication != null) {
      return pages.seeOther(DASHBOARD);
    }
    var form = submitted == null ? RegisterForm.EMPTY : submitted;
    var refusals = new RegisterRefusals(pages, request, form);
    if (form.passwordsDiffer()) {
      return refusals.again(FieldErrors.of("passwordConfirmation", MISMATCH));
    }
    try {
      registerUser.register(form.command(clientAddress.resolve(request)));
      return pages.seeOther("/login", Flash.success(REGISTERED));
    } catch (InvalidValueException
        | UsernameTakenException
        | EmailTakenException
        | TooManyAttemptsException
        | BusyException
        | RegistrationClosedException e) {
      return refusals.answer(e);
    }
  }
}
