package org.crms.adapters.web.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.crms.domain.shared.TooManyAttemptsException;

/** Answers 429 with {@code Retry-After} when logins or sign-ups are over their limit. */
@Singleton
@Produces(MediaType.APPLICATION_JSON_PROBLEM)
final class TooManyAttemptsHandler
    implements ExceptionHandler<TooManyAttemptsException, HttpResponse<Problem>> {
  @Override
  @SuppressWarnings("rawtypes")
  public HttpResponse<Problem> handle(HttpRequest request, TooManyAttemptsException exception) {
    // Rounded up, so that a client waiting exactly this long finds the window over.
    var seconds = Math.max(1, (exception.retryAfter().toMillis() + 999) / 1000);
    return ProblemResponses.of(
            request,
            Problem.typed(
                "too-many-attempts",
                "Too many attempts",
                HttpStatus.TOO_MANY_REQUESTS,
                exception.getMessage()))
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
  }
}
