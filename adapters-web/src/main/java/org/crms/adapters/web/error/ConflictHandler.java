package org.crms.adapters.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.crms.domain.shared.ConflictException;

/** Answers 409 when a valid request clashes with the current state of the data. */
@Singleton
@Produces(MediaType.APPLICATION_JSON_PROBLEM)
final class ConflictHandler implements ExceptionHandler<ConflictException, HttpResponse<Problem>> {
  @Override
  @SuppressWarnings("rawtypes")
  public HttpResponse<Problem> handle(HttpRequest request, ConflictException exception) {
    return ProblemResponses.of(
        request,
        Problem.typed("conflict", "Conflict", HttpStatus.CONFLICT, exception.getMessage()));
  }
}
