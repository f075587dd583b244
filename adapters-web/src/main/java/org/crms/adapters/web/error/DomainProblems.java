package org.crms.adapters.web.error;

import io.micronaut.http.HttpStatus;
import org.crms.domain.shared.ConflictException;
import org.crms.domain.shared.DomainException;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.NotFoundException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.PermissionDeniedException;

/**
 * Describes a business-rule failure as the problem its exception handler would answer with, for
 * answers that report several outcomes in one body (a bulk edit's refusals), where no handler runs.
 */
public final class DomainProblems {
  private DomainProblems() {}

  public static Problem describe(DomainException failure) {
    var detail = failure.getMessage();
    return switch (failure) {
      case InvalidValueException invalid ->
          Problem.typed(
                  "validation-failed", "Validation failed", HttpStatus.UNPROCESSABLE_ENTITY, detail)
              .withErrors(
                  invalid.violations().stream()
                      .map(v -> new Problem.FieldError(v.field(), v.message()))
                      .toList());
      case NotFoundException notFound ->
          Problem.typed("not-found", "Not found", HttpStatus.NOT_FOUND, detail);
      case ConflictException conflict ->
          Problem.typed("conflict", "Conflict", HttpStatus.CONFLICT, detail);
      case StaleAggregateException stale ->
          Problem.typed("stale-version", "Stale version", HttpStatus.PRECONDITION_FAILED, detail);
      case PermissionDeniedException denied ->
          Problem.typed("permission-denied", "Permission denied", HttpStatus.FORBIDDEN, detail);
      default -> Problem.of(HttpStatus.UNPROCESSABLE_ENTITY, detail);
    };
  }
}
