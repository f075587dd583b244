package org.crms.adapters.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.crms.domain.user.AccountDisabledException;

/** Answers 403 when the password was right but the account has been deactivated. */
@Singleton
@Produces(MediaType.APPLICATION_JSON_PROBLEM)
final class AccountDisabledHandler
    implements ExceptionHandler<AccountDisabledException, HttpResponse<Problem>> {
  @Override
  @SuppressWarnings("rawtypes")
  public HttpResponse<Problem> handle(HttpRequest request, AccountDisabledException exception) {
    return ProblemResponses.of(
        request,
        Problem.typed(
            "account-disabled", "Account disabled", HttpStatus.FORBIDDEN, exception.getMessage()));
  }
}
