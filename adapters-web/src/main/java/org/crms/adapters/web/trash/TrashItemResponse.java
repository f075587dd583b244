package org.crms.adapters.web.trash;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.crms.application.port.in.trash.TrashItem;

/**
 * An item in the trash.
 *
 * @param itemType {@code CLIENT}, {@code REQUEST_TYPE}, {@code REQUEST} or {@code CONTACT_RECORD}
 * @param label a client's or type's name, a request's title, a contact's "first last · payment
 *     reference"
 * @param deletedBy the id of the user who deleted it; null when the system did
 * @param deletedByName their username; null when the system did
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record TrashItemResponse(
    String itemType,
    UUID id,
    String label,
    Instant deletedAt,
    UUID deletedBy,
    String deletedByName) {

  static TrashItemResponse from(TrashItem item) {
    return new TrashItemResponse(
        item.itemType().name(),
        item.id(),
        item.label(),
        item.deletedAt(),
        item.deletedBy() == null ? null : item.deletedBy().value(),
        item.deletedByName());
  }
}
