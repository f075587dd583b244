package org.crms.application.port.in.trash;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A place in the trash's order (newest deletion first, then id, descending): the last item of a
 * page.
 */
public record TrashPosition(Instant deletedAt, UUID id) {
  public TrashPosition {
    Objects.requireNonNull(deletedAt, "deletedAt");
    Objects.requireNonNull(id, "id");
  }

  public static TrashPosition of(TrashItem item) {
    return new TrashPosition(item.deletedAt(), item.id());
  }
}
