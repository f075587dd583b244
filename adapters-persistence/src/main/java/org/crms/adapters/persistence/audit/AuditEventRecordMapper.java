package org.crms.adapters.persistence.audit;

import static org.jooq.impl.DSL.jsonbArray;
import static org.jooq.impl.DSL.jsonbObject;
import static org.jooq.impl.DSL.key;
import static org.jooq.impl.DSL.val;

import java.util.TreeMap;
import org.crms.adapters.persistence.jooq.tables.records.AuditEventRecord;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.FieldChange;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.JSONEntry;

/** Translates an {@link AuditEvent} into a row of {@code audit_event}. */
final class AuditEventRecordMapper {
  private AuditEventRecordMapper() {}

  /**
   * Every column but {@code changes} and {@code details}, which are built in SQL by {@link
   * #changes(AuditEvent)} and {@link #details(AuditEvent)}.
   */
  static AuditEventRecord toRecord(AuditEvent event) {
    var row = new AuditEventRecord();
    row.setId(event.id());
    row.setOccurredAt(event.occurredAt());
    row.setActorId(event.actor() == null ? null : event.actor().value());
    row.setAction(actionCode(event.action()));
    row.setItemType(itemTypeCode(event.itemType()));
    row.setItemId(event.itemId());
    return row;
  }

  /**
   * The changes as a jsonb array of {@code {"field", "old", "new"}} objects, built by PostgreSQL
   * from bound values, so that no hand-made JSON (and no escaping mistake) is involved.
   */
  static Field<JSONB> changes(AuditEvent event) {
    return jsonbArray(event.changes().stream().map(AuditEventRecordMapper::change).toList());
  }

  /**
   * The details as a jsonb object of text values, built by PostgreSQL from bound values like the
   * changes; {@code {}} when there are none. Keys are sorted only so that the statement is the same
   * for the same details (jsonb keeps its own order anyway).
   */
  static Field<JSONB> details(AuditEvent event) {
    return jsonbObject(
        new TreeMap<>(event.details())
            .entrySet().stream()
                .<JSONEntry<?>>map(e -> key(e.getKey()).value(val(e.getValue(), String.class)))
                .toList());
  }

  private static Field<JSONB> change(FieldChange change) {
    return jsonbObject(
        key("field").value(val(change.field())),
        key("old").value(val(change.oldValue(), String.class)),
        key("new").value(val(change.newValue(), String.class)));
  }

  /**
   * Stored codes are spelled out, so that renaming a constant cannot change the meaning of stored
   * events.
   */
  static String actionCode(AuditAction action) {
    return switch (action) {
      case CREATED -> "CREATED";
      case UPDATED -> "UPDATED";
      case STATUS_CHANGED -> "STATUS_CHANGED";
      case DELETED -> "DELETED";
      case RESTORED -> "RESTORED";
      case REGISTERED -> "REGISTERED";
      case LOGIN_SUCCEEDED -> "LOGIN_SUCCEEDED";
      case LOGIN_FAILED -> "LOGIN_FAILED";
      case LOGGED_OUT -> "LOGGED_OUT";
      case ACTIVATED -> "ACTIVATED";
      case DEACTIVATED -> "DEACTIVATED";
      case ROLE_CHANGED -> "ROLE_CHANGED";
      case TOKEN_CREATED -> "TOKEN_CREATED";
      case TOKEN_REVOKED -> "TOKEN_REVOKED";
    };
  }

  static String itemTypeCode(ItemType type) {
    return switch (type) {
      case CLIENT -> "CLIENT";
      case REQUEST_TYPE -> "REQUEST_TYPE";
      case REQUEST -> "REQUEST";
      case CONTACT_RECORD -> "CONTACT_RECORD";
      case USER -> "USER";
    };
  }
}
