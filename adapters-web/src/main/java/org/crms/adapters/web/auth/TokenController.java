package org.crms.adapters.web.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.security.PresentedCredential;
import org.crms.application.port.in.auth.IssueAccessTokenCommand;
import org.crms.application.port.in.auth.IssueAccessTokenUseCase;
import org.crms.application.port.in.auth.LogOutCommand;
import org.crms.application.port.in.auth.LogOutUseCase;

/** Exchanges a username and password for a bearer token of the API, and ends it again. */
@Controller(TokenController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
final class TokenController {
  static final String PATH = "/api/v1/auth";

  private final IssueAccessTokenUseCase issueAccessToken;
  private final LogOutUseCase logOut;
  private final HttpClientAddressResolver clientAddress;

  TokenController(
      IssueAccessTokenUseCase issueAccessToken,
      LogOutUseCase logOut,
      HttpClientAddressResolver clientAddress) {
    this.issueAccessToken = issueAccessToken;
    this.logOut = logOut;
    this.clientAddress = clientAddress;
  }

  @Post("/token")
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<TokenResponse> issue(@Body TokenPayload payload, HttpRequest<?> request) {
    var command =
        new IssueAccessTokenCommand(
            payload.username(), payload.password(), clientAddress.resolve(request));
    var token = issueAccessToken.issue(command);
    // RFC 6749 §5.1: responses carrying tokens must not be cached.
    return HttpResponse.ok(TokenResponse.from(token)).header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  /**
   * Revokes the very token this request was authenticated with (a bearer token, or the browser
   * session behind the cookie); other tokens keep working.
   */
  @Post("/logout")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<Void> logOut(HttpRequest<?> request, Authentication authentication) {
    var secret =
        PresentedCredential.of(request)
            .map(PresentedCredential::secret)
            .orElseThrow(() -> new IllegalStateException("authenticated without a credential"));
    logOut.logOut(new LogOutCommand(Actors.from(authentication), secret));
    return HttpResponse.noContent();
  }
}
