package org.crms.adapters.persistence.trash;

import static org.crms.adapters.persistence.jooq.Tables.CLIENT;
import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;
import static org.crms.adapters.persistence.jooq.Tables.CONTACT_RECORD;
import static org.crms.adapters.persistence.jooq.Tables.REQUEST_TYPE;

import java.time.Instant;
import java.util.UUID;
import org.crms.adapters.persistence.shared.ContactLabel;
import org.crms.domain.audit.ItemType;
import org.jooq.Field;
import org.jooq.Table;

/**
 * A table whose rows go to the trash: the columns the trash shows of it, and the code of its kind.
 * Codes are spelled out, as in the audit trail, so that renaming a constant changes no result.
 */
record TrashSource(
    ItemType kind,
    String code,
    Table<?> table,
    Field<UUID> id,
    Field<String> label,
    Field<Instant> deletedAt,
    Field<UUID> deletedBy) {

  static TrashSource of(ItemType kind) {
    return switch (kind) {
      case CLIENT ->
          new TrashSource(
              kind, "CLIENT", CLIENT, CLIENT.ID, CLIENT.NAME, CLIENT.DELETED_AT, CLIENT.DELETED_BY);
      case REQUEST_TYPE ->
          new TrashSource(
              kind,
              "REQUEST_TYPE",
              REQUEST_TYPE,
              REQUEST_TYPE.ID,
              REQUEST_TYPE.NAME,
              REQUEST_TYPE.DELETED_AT,
              REQUEST_TYPE.DELETED_BY);
      case REQUEST ->
          new TrashSource(
              kind,
              "REQUEST",
              CLIENT_REQUEST,
              CLIENT_REQUEST.ID,
              CLIENT_REQUEST.TITLE,
              CLIENT_REQUEST.DELETED_AT,
              CLIENT_REQUEST.DELETED_BY);
      case CONTACT_RECORD ->
          new TrashSource(
              kind,
              "CONTACT_RECORD",
              CONTACT_RECORD,
              CONTACT_RECORD.ID,
              ContactLabel.label(),
              CONTACT_RECORD.DELETED_AT,
              CONTACT_RECORD.DELETED_BY);
      case USER -> throw new IllegalArgumentException("users are never in the trash");
    };
  }

  static ItemType kindOf(String code) {
    return switch (code) {
      case "CLIENT" -> ItemType.CLIENT;
      case "REQUEST_TYPE" -> ItemType.REQUEST_TYPE;
      case "REQUEST" -> ItemType.REQUEST;
      case "CONTACT_RECORD" -> ItemType.CONTACT_RECORD;
      default -> throw new IllegalStateException("unknown trash item code: " + code);
    };
  }
}
