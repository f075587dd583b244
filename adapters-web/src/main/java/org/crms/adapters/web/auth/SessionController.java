package org.crms.adapters.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.page.QueryString;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.security.CsrfExempt;
import org.crms.adapters.web.security.LocalRedirect;
import org.crms.adapters.web.security.PresentedCredential;
import org.crms.adapters.web.security.SessionCookies;
import org.crms.application.port.in.auth.IssueAccessTokenCommand;
import org.crms.application.port.in.auth.IssueAccessTokenUseCase;
import org.crms.application.port.in.auth.LogOutCommand;
import org.crms.application.port.in.auth.LogOutUseCase;
import org.crms.domain.shared.BusyException;
import org.crms.domain.shared.TooManyAttemptsException;
import org.crms.domain.user.AccountDisabledException;
import org.crms.domain.user.InvalidCredentialsException;

/**
 * Browser sessions: the login form exchanges a username and password for the session cookie, and
 * logging out ends the session. Both answer {@code 303 See Other}, so that the browser follows with
 * a GET and a reload never repeats the POST. Outcomes are told through the redirect target, for the
 * pages to render; the password never appears in any of them.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDefinition.BROWSER)
final class SessionController {
  static final String LOGIN = "/login";
  static final String LOGGED_OUT = "/login?logged-out";
  static final String ACCOUNT_DISABLED = "/account-disabled";
  static final String LOGGED_IN = "You have successfully logged in.";

  private final IssueAccessTokenUseCase issueAccessToken;
  private final LogOutUseCase logOut;
  private final HttpClientAddressResolver clientAddress;
  private final SessionCookies cookies;
  private final Pages pages;

  SessionController(
      IssueAccessTokenUseCase issueAccessToken,
      LogOutUseCase logOut,
      HttpClientAddressResolver clientAddress,
      SessionCookies cookies,
      Pages pages) {
    this.issueAccessToken = issueAccessToken;
    this.logOut = logOut;
    this.clientAddress = clientAddress;
    this.cookies = cookies;
    this.pages = pages;
  }

  /**
   * Logs a browser in: starts a new session, ending the one the browser held before, if any (no
   * fixation).
   *
   * @param submitted the login form: username, password and the local path to go to next
   * @param request the request, with the session cookie it may carry and its client address
   */
  @Post(LOGIN)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_ANONYMOUS)
  @CsrfExempt
  @Status(HttpStatus.SEE_OTHER)
  @BrowserSessionDocs.LogIn
  HttpResponse<Void> logIn(@Body @Nullable LoginForm submitted, HttpRequest<?> request) {
    var form = submitted == null ? new LoginForm(null, null, null) : submitted;
    var command =
        new IssueAccessTokenCommand(
            form.username(),
            form.password(),
            clientAddress.resolve(request),
            true,
            SessionCookies.secret(request).orElse(null));
    try {
      var token = issueAccessToken.issue(command);
      return pages
          .seeOther(LocalRedirect.target(form.next()), Flash.success(LOGGED_IN))
          .cookie(cookies.open(token));
    } catch (InvalidCredentialsException e) {
      return pages.seeOther(loginAgain("credentials", form.next()));
    } catch (TooManyAttemptsException e) {
      return pages.seeOther(loginAgain("throttled", form.next()));
    } catch (BusyException e) {
      return pages.seeOther(loginAgain("busy", form.next()));
    } catch (AccountDisabledException e) {
      return pages.seeOther(ACCOUNT_DISABLED);
    }
  }

  /**
   * Logs a browser out: ends the session the cookie names and makes the browser forget it. Without
   * a valid session there is nothing to end, so the cookie is cleared all the same: an expired
   * session must not stand between a user and the login page.
   *
   * @param request the request, with the session cookie
   * @param authentication the caller, if the session is valid
   */
  @Post("/logout")
  @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Status(HttpStatus.SEE_OTHER)
  @BrowserSessionDocs.LogOut
  HttpResponse<Void> endSession(HttpRequest<?> request, @Nullable Authentication authentication) {
    PresentedCredential.authenticatedSession(request)
        .ifPresent(secret -> logOut.logOut(new LogOutCommand(Actors.from(authentication), secret)));
    return pages.seeOther(LOGGED_OUT).cookie(cookies.cleared());
  }

  private static String loginAgain(String error, @Nullable String next) {
    return QueryString.empty()
        .with("error", error)
        .with("next", LocalRedirect.safe(next).orElse(null))
        .path(LOGIN);
  }
}
