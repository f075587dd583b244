package org.crms.adapters.persistence.audit;

import static org.jooq.impl.DSL.jsonbArray;
import static org.jooq.impl.DSL.jsonbObject;
import static org.jooq.impl.DSL.key;
import static org.jooq.impl.DSL.val;

import org.crms.adapters.persistence.jooq.tables.records.AuditEventRecord;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.FieldChange;
import org.crms.domain.audit.ItemType;
import org.jooq.Field;
import org.jooq.JSONB;

/** Translates an {@link AuditEvent} into a row of {@code audit_event}. */
final class AuditEventRecordMapper {
  private AuditEventRecordMapper() {}

  /** Every column but {@code changes}, which is built in SQL by {@link #changes(AuditEvent)}. */
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
      case DELETED -> "DELETED";
      case RESTORED -> "RESTORED";
    };
  }

  static String itemTypeCode(ItemType type) {
    return switch (type) {
      case CLIENT -> "CLIENT";
      case USER -> "USER";
    };
  }
}
