package org.crms.adapters.web.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
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
final class CsrfTokenController {

  @Get
  HttpResponse<?> csrfToken(HttpRequest<?> request) {
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
