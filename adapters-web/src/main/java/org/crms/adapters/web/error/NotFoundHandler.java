package org.crms.adapters.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.crms.domain.shared.NotFoundException;

/** Answers 404 when the item does not exist or is in the trash. */
@Singleton
@Produces(MediaType.APPLICATION_JSON_PROBLEM)
final class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {
  @Override
  @SuppressWarnings("rawtypes")
  public HttpResponse<Problem> handle(HttpRequest request, NotFoundException exception) {
    return ProblemResponses.of(
        request,
        Problem.typed("not-found", "Not found", HttpStatus.NOT_FOUND, exception.getMessage()));
  }
}
