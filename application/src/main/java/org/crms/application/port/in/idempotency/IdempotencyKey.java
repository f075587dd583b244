package org.crms.application.port.in.idempotency;

import java.util.Objects;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.UserId;

/**
 * The {@code Idempotency-Key} a client sent with a request, scoped to the user who sent it: two
 * users may pick the same key without seeing each other's responses.
 *
 * <p>Invariant: the key is 1–255 visible ASCII characters (what an HTTP header may carry without
 * encoding questions).
 */
public record IdempotencyKey(UserId user, String value) {
  public static final String FIELD = "Idempotency-Key";
  private static final int MAX_LENGTH = 255;

  public IdempotencyKey {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(value, FIELD);
    if (value.isEmpty()
        || value.length() > MAX_LENGTH
        || !value.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new InvalidValueException(
          FIELD, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
    }
  }
}
