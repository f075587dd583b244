package org.crms.adapters.persistence.shared;

import java.time.Instant;
import java.util.UUID;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;

/** Translates the at/by column pairs every audited table has (created, updated, deleted). */
public final class Stamps {
  private Stamps() {}

  /** The stamp of a column pair; a null user means the system itself acted. */
  public static Stamp of(Instant at, UUID by) {
    return new Stamp(at, by == null ? null : new UserId(by));
  }

  /** The deletion stamp, or null for a live row. */
  public static Stamp deletedOrNull(Instant deletedAt, UUID deletedBy) {
    return deletedAt == null ? null : of(deletedAt, deletedBy);
  }

  /** The column value of a stamp's user, null for the system. */
  public static UUID userId(UserId id) {
    return id == null ? null : id.value();
  }
}
