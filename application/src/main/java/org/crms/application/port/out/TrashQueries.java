package org.crms.application.port.out;

import java.util.List;
import org.crms.application.port.in.trash.TrashItem;
import org.crms.application.port.in.trash.TrashPosition;
import org.crms.domain.audit.ItemType;

/** Reads the trash of every kind of item at once. */
public interface TrashQueries {
  /**
   * Deleted items, newest deletion first, then by id descending, strictly after the position.
   *
   * @param itemType only this kind; null for every kind
   * @param after null for the first page
   */
  List<TrashItem> list(ItemType itemType, TrashPosition after, int limit);
}
