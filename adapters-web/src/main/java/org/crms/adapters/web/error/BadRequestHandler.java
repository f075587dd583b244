package org.crms.adapters.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/** Answers 400 naming the parameter the web adapter could not read. */
@Singleton
@Produces(MediaType.APPLICATION_JSON_PROBLEM)
final class BadRequestHandler
    implements ExceptionHandler<BadRequestException, HttpResponse<Problem>> {
  @Override
  @SuppressWarnings("rawtypes")
  public HttpResponse<Problem> handle(HttpRequest request, BadRequestException exception) {
    var problem =
        Problem.of(HttpStatus.BAD_REQUEST, exception.getMessage())
            .withErrors(List.of(new Problem.FieldError(exception.field(), exception.getMessage())));
    return ProblemResponses.of(request, problem);
  }
}
