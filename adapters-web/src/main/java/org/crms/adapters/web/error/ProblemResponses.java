package org.crms.adapters.web.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/** Turns a {@link Problem} into an {@code application/problem+json} response. */
public final class ProblemResponses {
  public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_JSON_PROBLEM_TYPE;
  static final String BEARER_CHALLENGE = "Bearer";

  private ProblemResponses() {}

  /** A new response carrying the problem, stamped with the request's path. */
  public static MutableHttpResponse<Problem> of(HttpRequest<?> request, Problem problem) {
    return body(request, HttpResponse.status(HttpStatus.valueOf(problem.status())), problem);
  }

  /**
   * Puts the problem into an existing response, keeping its status and headers (e.g. {@code
   * Allow}).
   */
  static MutableHttpResponse<Problem> body(
      HttpRequest<?> request, MutableHttpResponse<?> response, Problem problem) {
    if (problem.status() == HttpStatus.UNAUTHORIZED.getCode()
        && !response.getHeaders().contains(HttpHeaders.WWW_AUTHENTICATE)) {
      // RFC 9110: every 401 names the scheme the client should use.
      response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
    }
    return response.body(problem.withInstance(request.getPath())).contentType(PROBLEM_JSON);
  }
}
