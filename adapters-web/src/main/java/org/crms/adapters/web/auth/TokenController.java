package org.crms.adapters.web.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.apidocs.ApiProblems;
import org.crms.adapters.web.error.Problem;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.security.PresentedCredential;
import org.crms.application.port.in.auth.IssueAccessTokenCommand;
import org.crms.application.port.in.auth.IssueAccessTokenUseCase;
import org.crms.application.port.in.auth.LogOutCommand;
import org.crms.application.port.in.auth.LogOutUseCase;

/** Exchanges a username and password for a bearer token of the API, and ends it again. */
@Controller(TokenController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDefinition.AUTHENTICATION)
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

  /**
   * Logs in: exchanges a username and password for a bearer token.
   *
   * @param payload the credentials
   * @param request the request, whose client address counts towards the attempt limits
   * @return the token, and how long it works
   */
  @Post("/token")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @ApiProblems.BadRequest
  @ApiResponse(
      responseCode = "401",
      description = "Wrong username or password (one message for both).",
      content =
          @Content(
              mediaType = ApiDefinition.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "403",
      description = "The password is right but the account has been deactivated.",
      content =
          @Content(
              mediaType = ApiDefinition.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  @ApiProblems.TooManyAttempts
  @ApiProblems.Busy
  HttpResponse<TokenResponse> issueToken(@Body TokenPayload payload, HttpRequest<?> request) {
    var command =
        new IssueAccessTokenCommand(
            payload.username(), payload.password(), clientAddress.resolve(request));
    var token = issueAccessToken.issue(command);
    // RFC 6749 §5.1: responses carrying tokens must not be cached.
    return HttpResponse.ok(TokenResponse.from(token)).header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  /**
   * Logs out: revokes the very token this request was authenticated with (a bearer token, or the
   * browser session behind the cookie); other tokens keep working.
   *
   * @param request the request, which carries the token
   * @param authentication the caller
   * @return nothing: the token is revoked
   */
  @Post("/logout")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Status(HttpStatus.NO_CONTENT)
  @ApiDocs.SignedIn
  @ApiProblems.Forbidden
  HttpResponse<Void> logOut(HttpRequest<?> request, Authentication authentication) {
    var secret =
        PresentedCredential.of(request)
            .map(PresentedCredential::secret)
            .orElseThrow(() -> new IllegalStateException("authenticated without a credential"));
    logOut.logOut(new LogOutCommand(Actors.from(authentication), secret));
    return HttpResponse.noContent();
  }
}
