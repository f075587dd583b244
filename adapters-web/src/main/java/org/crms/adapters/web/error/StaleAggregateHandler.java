package org.crms.adapters.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.crms.domain.shared.StaleAggregateException;

/** Answers 412 when a change was based on a version that is no longer current (If-Match failed). */
@Singleton
@Produces(MediaType.APPLICATION_JSON_PROBLEM)
final class StaleAggregateHandler
    implements ExceptionHandler<StaleAggregateException, HttpResponse<Problem>> {
  @Override
  @SuppressWarnings("rawtypes")
  public HttpResponse<Problem> handle(HttpRequest request, StaleAggregateException exception) {
    return ProblemResponses.of(
        request,
        Problem.typed(
            "stale-version",
            "Stale version",
            HttpStatus.PRECONDITION_FAILED,
            exception.getMessage()));
  }
}
