package org.crms.application.port.in.audit;

import java.util.Locale;
import java.util.UUID;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.NotFoundException;

/** The audit trail knows nothing of an item with that id: it has no history to show. */
public final class ItemNotFoundException extends NotFoundException {
  public ItemNotFoundException(ItemType type, UUID id) {
    super(describe(type) + " " + id + " was not found.");
  }

  private static String describe(ItemType type) {
    var words = type.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
