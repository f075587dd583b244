package org.crms.application.port.in;

import org.crms.domain.shared.InvalidValueException;

/** How many items one page may hold: 1 to 200, 50 when not given. */
public record PageLimit(int value) {
  public static final int DEFAULT = 50;
  public static final int MAX = 200;

  public PageLimit {
    if (value < 1 || value > MAX) {
      throw new InvalidValueException("limit", "Must be between 1 and " + MAX + ".");
    }
  }

  public static PageLimit orDefault(Integer requested) {
    return new PageLimit(requested == null ? DEFAULT : requested);
  }
}
