package org.crms.domain.user;

import java.time.Instant;
import java.util.Objects;

/** When something happened to an item and who did it (null for the system itself). */
public record Stamp(Instant at, UserId by) {
  public Stamp {
    Objects.requireNonNull(at, "at");
  }
}
