package org.crms.application.port.in.trash;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.crms.domain.audit.ItemType;
import org.crms.domain.user.UserId;

/**
 * An item in the trash, of any kind.
 *
 * @param label what names the item: a client's or type's name, a request's title, a contact's
 *     "first last · payment reference"
 * @param deletedBy who moved it to the trash; null when the system did
 * @param deletedByName their username; null when the system did
 */
public record TrashItem(
    ItemType itemType,
    UUID id,
    String label,
    Instant deletedAt,
    UserId deletedBy,
    String deletedByName) {
  public TrashItem {
    Objects.requireNonNull(itemType, "itemType");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(deletedAt, "deletedAt");
  }
}
