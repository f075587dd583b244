package org.crms.adapters.web.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.crms.domain.shared.BusyException;

/** Answers 503 with {@code Retry-After} when the system is at capacity for this kind of work. */
@Singleton
@Produces(MediaType.APPLICATION_JSON_PROBLEM)
final class BusyHandler implements ExceptionHandler<BusyException, HttpResponse<Problem>> {
  @Override
  @SuppressWarnings("rawtypes")
  public HttpResponse<Problem> handle(HttpRequest request, BusyException exception) {
    var seconds = Math.max(1, exception.retryAfter().toSeconds());
    return ProblemResponses.of(
            request,
            Problem.typed("busy", "Busy", HttpStatus.SERVICE_UNAVAILABLE, exception.getMessage()))
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
  }
}
