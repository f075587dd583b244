package org.crms.adapters.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.crms.domain.user.RegistrationClosedException;

/** Answers 403 when this installation does not let people sign themselves up. */
@Singleton
@Produces(MediaType.APPLICATION_JSON_PROBLEM)
final class RegistrationClosedHandler
    implements ExceptionHandler<RegistrationClosedException, HttpResponse<Problem>> {
  @Override
  @SuppressWarnings("rawtypes")
  public HttpResponse<Problem> handle(HttpRequest request, RegistrationClosedException exception) {
    return ProblemResponses.of(
        request,
        Problem.typed(
            "registration-closed",
            "Registration closed",
            HttpStatus.FORBIDDEN,
            exception.getMessage()));
  }
}
