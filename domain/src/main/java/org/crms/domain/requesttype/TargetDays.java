package org.crms.domain.requesttype;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crms.domain.shared.InvalidValueException;

/** How many days a request of a type should take: 1 to 365. */
public record TargetDays(int value) {
  public static final int MAX = 365;

  public TargetDays {
    if (value < 1 || value > MAX) {
      throw new InvalidValueException("targetDays", "Must be between 1 and " + MAX + " days.");
    }
  }

  /** The due date of a request created at that instant (days counted in UTC). */
  public LocalDate dueFrom(Instant createdAt) {
    return LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusDays(value);
  }
}
