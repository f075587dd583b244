package org.crms.adapters.persistence.audit;

import static org.crms.adapters.persistence.jooq.Tables.APP_USER;
import static org.crms.adapters.persistence.jooq.Tables.AUDIT_EVENT;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;

/**
 * Translates rows of {@code audit_event}, joined with the actor's username, back into {@link
 * AuditEntry}. The jsonb columns are taken apart by PostgreSQL into text arrays, so that no JSON
 * parsing library is needed here and the values arrive exactly as stored, nulls included.
 */
final class AuditEntryMapper {
  private static final Map<String, AuditAction> ACTIONS =
      byCode(AuditAction.class, AuditEventRecordMapper::actionCode);
  private static final Map<String, ItemType> ITEM_TYPES =
      byCode(ItemType.class, AuditEventRecordMapper::itemTypeCode);
  private static final Field<String[]> CHANGE_FIELDS = changeParts("field");
  private static final Field<String[]> CHANGE_OLD = changeParts("old");
  private static final Field<String[]> CHANGE_NEW = changeParts("new");
  private static final Field<String[]> DETAIL_KEYS = detailParts("key");
  private static final Field<String[]> DETAIL_VALUES = detailParts("value");

  /** What a read selects: every column but the jsonb ones, their parts, and the username. */
  static final List<SelectField<?>> COLUMNS =
      List.of(
          AUDIT_EVENT.ID,
          AUDIT_EVENT.OCCURRED_AT,
          AUDIT_EVENT.ACTOR_ID,
          AUDIT_EVENT.ACTION,
          AUDIT_EVENT.ITEM_TYPE,
          AUDIT_EVENT.ITEM_ID,
          CHANGE_FIELDS,
          CHANGE_OLD,
          CHANGE_NEW,
          DETAIL_KEYS,
          DETAIL_VALUES,
          APP_USER.USERNAME);

  private AuditEntryMapper() {}

  static AuditEntry toEntry(Record row) {
    var actor = row.get(AUDIT_EVENT.ACTOR_ID);
    var event =
        new AuditEvent(
            row.get(AUDIT_EVENT.ID),
            row.get(AUDIT_EVENT.OCCURRED_AT),
            actor == null ? null : new UserId(actor),
            actionOf(row.get(AUDIT_EVENT.ACTION)),
            itemTypeOf(row.get(AUDIT_EVENT.ITEM_TYPE)),
            row.get(AUDIT_EVENT.ITEM_ID),
            changes(row.get(CHANGE_FIELDS), row.get(CHANGE_OLD), row.get(CHANGE_NEW)),
            details(row.get(DETAIL_KEYS), row.get(DETAIL_VALUES)));
    var username = row.get(APP_USER.USERNAME);
    return new AuditEntry(event, username == null ? null : new Username(username));
  }

  private static List<FieldChange> changes(String[] fields, String[] olds, String[] news) {
    var changes = new ArrayList<FieldChange>(fields.length);
    for (var i = 0; i < fields.length; i++) {
      changes.add(new FieldChange(fields[i], olds[i], news[i]));
    }
    return changes;
  }

  private static Map<String, String> details(String[] keys, String[] values) {
    var details = new LinkedHashMap<String, String>();
    for (var i = 0; i < keys.length; i++) {
      details.put(keys[i], values[i]);
    }
    return details;
  }

  /** One member of every change, in the stored order, as text (null stays null). */
  private static Field<String[]> changeParts(String member) {
    return field(
        "(select coalesce(array_agg(c.change ->> {1} order by c.n), array[]::text[])"
            + " from jsonb_array_elements({0}) with ordinality as c(change, n))",
        String[].class, AUDIT_EVENT.CHANGES, inline(member));
  }

  /** The keys, or the values, of the details, both in the order of the keys. */
  private static Field<String[]> detailParts(String part) {
    return field(
        "(select coalesce(array_agg(d."
            + part
            + " order by d.key), array[]::text[])"
            + " from jsonb_each_text({0}) as d)",
        String[].class,
        AUDIT_EVENT.DETAILS);
  }

  /** The reverse of {@link AuditEventRecordMapper#actionCode(AuditAction)}. */
  static AuditAction actionOf(String code) {
    return decoded(ACTIONS, code, "action");
  }

  /** The reverse of {@link AuditEventRecordMapper#itemTypeCode(ItemType)}. */
  static ItemType itemTypeOf(String code) {
    return decoded(ITEM_TYPES, code, "item type");
  }

  private static <E> E decoded(Map<String, E> codes, String code, String what) {
    var value = codes.get(code);
    if (value == null) {
      throw new IllegalStateException("unknown audit " + what + " code: " + code);
    }
    return value;
  }

  /**
   * Built from the writer's spelled-out codes, so that every constant the writer can store is read
   * back, and no second list of codes can drift from the first.
   */
  private static <E extends Enum<E>> Map<String, E> byCode(
      Class<E> type, Function<E, String> code) {
    return Arrays.stream(type.getEnumConstants())
        .collect(Collectors.toUnmodifiableMap(code, constant -> constant));
  }
}
