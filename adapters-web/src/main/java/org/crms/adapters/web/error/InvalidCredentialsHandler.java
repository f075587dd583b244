package org.crms.adapters.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.crms.domain.user.InvalidCredentialsException;

/** Answers 401 with one generic message, whether the username or the password was wrong. */
@Singleton
@Produces(MediaType.APPLICATION_JSON_PROBLEM)
final class InvalidCredentialsHandler
    implements ExceptionHandler<InvalidCredentialsException, HttpResponse<Problem>> {
  @Override
  @SuppressWarnings("rawtypes")
  public HttpResponse<Problem> handle(HttpRequest request, InvalidCredentialsException exception) {
    return ProblemResponses.of(
        request,
        Problem.typed(
            "invalid-credentials",
            "Invalid credentials",
            HttpStatus.UNAUTHORIZED,
            exception.getMessage()));
  }
}
