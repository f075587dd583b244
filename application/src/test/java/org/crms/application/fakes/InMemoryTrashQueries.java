package org.crms.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crms.application.port.in.trash.TrashItem;
import org.crms.application.port.in.trash.TrashPosition;
import org.crms.application.port.out.TrashQueries;
import org.crms.domain.audit.ItemType;

/** The trash as a list of items a test puts in, read in the order the port promises. */
public final class InMemoryTrashQueries implements TrashQueries {
  private static final Comparator<TrashPosition> NEWEST_FIRST =
      Comparator.comparing(TrashPosition::deletedAt).thenComparing(TrashPosition::id).reversed();
  private final List<TrashItem> items = new ArrayList<>();

  public InMemoryTrashQueries add(TrashItem item) {
    items.add(item);
    return this;
  }

  @Override
  public List<TrashItem> list(ItemType itemType, TrashPosition after, int limit) {
    return items.stream()
        .filter(item -> itemType == null || item.itemType() == itemType)
        .filter(item -> after == null || NEWEST_FIRST.compare(TrashPosition.of(item), after) > 0)
        .sorted(Comparator.comparing(TrashPosition::of, NEWEST_FIRST))
        .limit(limit)
        .toList();
  }
}
