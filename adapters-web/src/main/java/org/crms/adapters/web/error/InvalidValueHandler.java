package org.crms.adapters.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.crms.domain.shared.InvalidValueException;

/** Answers 422 naming every invalid field at once. */
@Singleton
@Produces(MediaType.APPLICATION_JSON_PROBLEM)
final class InvalidValueHandler
    implements ExceptionHandler<InvalidValueException, HttpResponse<Problem>> {
  @Override
  @SuppressWarnings("rawtypes")
  public HttpResponse<Problem> handle(HttpRequest request, InvalidValueException exception) {
    var errors =
        exception.violations().stream()
            .map(v -> new Problem.FieldError(v.field(), v.message()))
            .toList();
    var problem =
        Problem.typed(
                "validation-failed",
                "Validation failed",
                HttpStatus.UNPROCESSABLE_ENTITY,
                errors.size() == 1
                    ? "One field is invalid."
                    : errors.size() + " fields are invalid.")
            .withErrors(errors);
    return ProblemResponses.of(request, problem);
  }
}
