package org.crms.adapters.web.user;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.time.Duration;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.adapters.web.page.Pages;
import org.crms.domain.shared.BusyException;
import org.crms.domain.shared.DomainException;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.TooManyAttemptsException;
import org.crms.domain.user.EmailTakenException;
import org.crms.domain.user.UsernameTakenException;

/**
 * How the sign-up page answers a refused form: the form again with the values typed (never the
 * passwords), each problem next to its field; a notice when no field is to blame (too many
 * attempts, busy); the closed notice when sign-up is switched off.
 */
final class RegisterRefusals {
  static final String TEMPLATE = "user/register.jte";

  private final Pages pages;
  private final HttpRequest<?> request;
  private final RegisterForm form;

  RegisterRefusals(Pages pages, HttpRequest<?> request, RegisterForm form) {
    this.pages = pages;
    this.request = request;
    this.form = form;
  }

  /** The page for a refusal of the register use case. */
  HttpResponse<?> answer(DomainException refusal) {
    return switch (refusal) {
      case InvalidValueException invalid -> again(FieldErrors.of(invalid));
      case UsernameTakenException taken -> again(FieldErrors.of("username", taken.getMessage()));
      case EmailTakenException taken -> again(FieldErrors.of("email", taken.getMessage()));
      case TooManyAttemptsException tooMany ->
          notice(HttpStatus.TOO_MANY_REQUESTS, refusal, tooMany.retryAfter());
      case BusyException busy -> notice(HttpStatus.SERVICE_UNAVAILABLE, refusal, busy.retryAfter());
      default -> closed();
    };
  }

  /** 422: the form with the fields' messages. */
  HttpResponse<?> again(FieldErrors errors) {
    var page = RegisterPage.again(pages.chrome(request), form, errors, null);
    return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, TEMPLATE, page);
  }

  private HttpResponse<?> notice(HttpStatus status, DomainException refusal, Duration retryAfter) {
    var page =
        RegisterPage.again(pages.chrome(request), form, FieldErrors.none(), refusal.getMessage());
    // Rounded up, so that someone waiting exactly this long finds the window over.
    var seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    return pages
        .render(status, request, TEMPLATE, page)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
  }

  private HttpResponse<?> closed() {
    var page = RegisterPage.blank(pages.chrome(request), false);
    return pages.render(HttpStatus.FORBIDDEN, request, TEMPLATE, page);
  }
}
