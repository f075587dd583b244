package org.crms.adapters.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers 428 when a change arrives without If-Match. */
@Singleton
@Produces(MediaType.APPLICATION_JSON_PROBLEM)
final class PreconditionRequiredHandler
    implements ExceptionHandler<PreconditionRequiredException, HttpResponse<Problem>> {
  @Override
  @SuppressWarnings("rawtypes")
  public HttpResponse<Problem> handle(
      HttpRequest request, PreconditionRequiredException exception) {
    return ProblemResponses.of(
        request, Problem.of(HttpStatus.PRECONDITION_REQUIRED, exception.getMessage()));
  }
}
