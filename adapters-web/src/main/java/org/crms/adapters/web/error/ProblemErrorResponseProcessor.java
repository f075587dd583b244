package org.crms.adapters.web.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.crms.adapters.web.security.BearerTokens;

/**
 * Replaces Micronaut's default error body, so that the framework's own errors (unreadable JSON, no
 * route, wrong method, unauthenticated, internal errors...) are problem details like ours. Only
 * fixed texts reach the body: never an exception message, class name or stack trace. Internal
 * errors are logged by Micronaut before they get here.
 */
@Singleton
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

  @Override
  @SuppressWarnings("unchecked")
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    var request = context.getRequest();
    if (request.getMethod() == HttpMethod.HEAD) {
      return (MutableHttpResponse<Problem>) response;
    }
    if (response.code() == HttpStatus.UNAUTHORIZED.getCode()
        && BearerTokens.secret(request).isPresent()) {
      // RFC 6750: a token was sent but is unknown, expired or revoked.
      response.header(
          HttpHeaders.WWW_AUTHENTICATE,
          ProblemResponses.BEARER_CHALLENGE + " error=\"invalid_token\"");
    }
    var problem =
        FrameworkProblems.describe(response.code(), request, context.getRootCause().orElse(null));
    return ProblemResponses.body(request, response, problem);
  }
}
