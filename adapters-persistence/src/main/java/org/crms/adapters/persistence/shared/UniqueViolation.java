package org.crms.adapters.persistence.shared;

import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;

/**
 * Recognises PostgreSQL's unique violations by the constraint (or unique index) that refused the
 * row.
 */
public final class UniqueViolation {
  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolation() {}

  /** Whether the failure is a unique violation of exactly this constraint or unique index. */
  public static boolean of(DataAccessException failure, String constraint) {
    return UNIQUE_VIOLATION.equals(failure.sqlState())
        && constraint.equals(constraintOf(failure).orElse(null));
  }

  private static Optional<String> constraintOf(DataAccessException failure) {
    return Optional.ofNullable(failure.getCause(PSQLException.class))
        .map(PSQLException::getServerErrorMessage)
        .map(message -> message.getConstraint());
  }
}
