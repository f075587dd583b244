package org.crms.adapters.web.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.error.Problem;
import org.crms.adapters.web.error.ProblemResponses;
import org.crms.adapters.web.security.CsrfTokens;
import org.crms.adapters.web.security.PresentedCredential;

/**
 * Hands a browser script the CSRF token of its session, which it cannot compute itself (the session
 * cookie is HttpOnly). Only a cookie-authenticated request has one: a bearer token needs none, so
 * for it the resource does not exist.
 */
@Controller("/api/v1/me/csrf-token")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.ACCOUNT)
final class CsrfTokenController {

  /**
   * The CSRF token of the caller's browser session, to send as {@code X-CSRF-Token} with every
   * request that changes data.
   *
   * @param request the request, which carries the session cookie
   */
  @Get
  @ApiResponse(
      responseCode = "200",
      description = "The token; it stays the same for the whole session.",
      content = @Content(schema = @Schema(implementation = CsrfTokenResponse.class)))
  @ApiResponse(
      responseCode = "404",
      description = "The caller used a bearer token, which needs no CSRF token.",
      content =
          @Content(
              mediaType = ApiDefinition.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  HttpResponse<?> getCsrfToken(HttpRequest<?> request) {
    return PresentedCredential.authenticatedSession(request)
        .<HttpResponse<?>>map(
            secret ->
                HttpResponse.ok(new CsrfTokenResponse(CsrfTokens.forSession(secret)))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store"))
        .orElseGet(
            () ->
                ProblemResponses.of(
                    request,
                    Problem.of(
                        HttpStatus.NOT_FOUND,
                        "Only a browser session has a CSRF token; bearer tokens need none.")));
  }
}
