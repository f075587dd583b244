package org.crms.application.port.in.search;

import java.util.Objects;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.Violations;
import org.crms.domain.user.Actor;

/**
 * Input of {@link SearchUseCase}.
 *
 * @param limit how many hits of each kind at most: 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(Actor actor, SearchTerms terms, int limit) {
  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 50;

  public SearchQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(terms, "terms");
    checkLimit(limit);
  }

  /**
   * Reads the raw input, reporting every invalid field at once.
   *
   * @param limit null for {@value #DEFAULT_LIMIT}
   * @throws InvalidValueException naming {@code q}, {@code limit} or both
   */
  public static SearchQuery parse(Actor actor, String q, Integer limit) {
    var violations = new Violations();
    var terms = violations.check(() -> new SearchTerms(q));
    var perKind = limit == null ? DEFAULT_LIMIT : limit;
    violations.check(() -> checkLimit(perKind));
    violations.throwIfAny();
    return new SearchQuery(actor, terms, perKind);
  }

  private static Integer checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidValueException("limit", "Must be between 1 and " + MAX_LIMIT + ".");
    }
    return limit;
  }
}
