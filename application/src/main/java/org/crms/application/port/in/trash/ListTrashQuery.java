package org.crms.application.port.in.trash;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.crms.application.port.in.PageLimit;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.Actor;

/**
 * Input of {@link ListTrashUseCase}.
 *
 * @param itemType only items of this kind; null for every kind
 * @param after the position of the previous page's last item, or null for the first page
 */
public record ListTrashQuery(Actor actor, ItemType itemType, PageLimit limit, TrashPosition after) {
  /** The kinds of item that go to the trash when deleted. */
  public static final Set<ItemType> ITEM_TYPES =
      EnumSet.of(ItemType.CLIENT, ItemType.REQUEST_TYPE, ItemType.REQUEST, ItemType.CONTACT_RECORD);

  /**
   * @throws InvalidValueException naming {@code itemType} if that kind never goes to the trash
   */
  public ListTrashQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(limit, "limit");
    if (itemType != null && !ITEM_TYPES.contains(itemType)) {
      throw new InvalidValueException("itemType", "Items of this kind are never in the trash.");
    }
  }
}
