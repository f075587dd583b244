package org.crms.adapters.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.crms.domain.user.PermissionDeniedException;

/** Answers 403 when the actor's role does not allow the action. */
@Singleton
@Produces(MediaType.APPLICATION_JSON_PROBLEM)
final class PermissionDeniedHandler
    implements ExceptionHandler<PermissionDeniedException, HttpResponse<Problem>> {
  @Override
  @SuppressWarnings("rawtypes")
  public HttpResponse<Problem> handle(HttpRequest request, PermissionDeniedException exception) {
    return ProblemResponses.of(
        request,
        Problem.typed(
            "permission-denied",
            "Permission denied",
            HttpStatus.FORBIDDEN,
            exception.getMessage()));
  }
}
