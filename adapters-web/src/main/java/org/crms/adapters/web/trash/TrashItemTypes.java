package org.crms.adapters.web.trash;

import java.util.Locale;
import java.util.stream.Collectors;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.application.port.in.trash.ListTrashQuery;
import org.crms.domain.audit.ItemType;

/** Reads the {@code itemType} parameter of the trash: one of the kinds of item that it holds. */
final class TrashItemTypes {
  private TrashItemTypes() {}

  /**
   * @return the kind, or null when the parameter is absent or blank
   * @throws BadRequestException if it names no kind of item the trash holds
   */
  static ItemType parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    var name = raw.strip().toUpperCase(Locale.ROOT);
    return ListTrashQuery.ITEM_TYPES.stream()
        .filter(type -> type.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new BadRequestException("itemType", "Use one of " + names() + "."));
  }

  private static String names() {
    return ListTrashQuery.ITEM_TYPES.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
