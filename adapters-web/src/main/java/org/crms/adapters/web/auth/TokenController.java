package org.crms.adapters.web.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.crms.application.port.in.auth.IssueAccessTokenCommand;
import org.crms.application.port.in.auth.IssueAccessTokenUseCase;

/** Exchanges a username and password for a bearer token of the API. */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class TokenController {
  private final IssueAccessTokenUseCase issueAccessToken;

  TokenController(IssueAccessTokenUseCase issueAccessToken) {
    this.issueAccessToken = issueAccessToken;
  }

  @Post("/token")
  HttpResponse<TokenResponse> issue(@Body TokenPayload payload) {
    var token =
        issueAccessToken.issue(new IssueAccessTokenCommand(payload.username(), payload.password()));
    // RFC 6749 §5.1: responses carrying tokens must not be cached.
    return HttpResponse.ok(TokenResponse.from(token)).header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
