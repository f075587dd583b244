package org.crms.adapters.persistence.audit;

import static org.crms.adapters.persistence.jooq.Tables.APP_USER;
import static org.crms.adapters.persistence.jooq.Tables.AUDIT_EVENT;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import org.crms.adapters.persistence.shared.InstantRanges;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.application.port.in.audit.AuditFilter;
import org.crms.application.port.in.audit.AuditPosition;
import org.crms.application.port.out.AuditLog;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Reads the audit trail in PostgreSQL, newest first, by keyset on (occurred_at, id); each filter
 * has an index that gives this order (see V6). Runs inside the caller's transaction.
 */
@Singleton
public final class JooqAuditLog implements AuditLog {
  private final DSLContext dsl;

  public JooqAuditLog(DSLContext dsl) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
  }

  @Override
  public List<AuditEntry> list(AuditFilter filter, AuditPosition after, int limit) {
    return dsl.select(AuditEntryMapper.COLUMNS)
        .from(AUDIT_EVENT)
        .leftJoin(APP_USER)
        .on(APP_USER.ID.eq(AUDIT_EVENT.ACTOR_ID))
        .where(matching(filter))
        .and(after == null ? noCondition() : olderThan(after))
        .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
        .limit(limit)
        .fetch(AuditEntryMapper::toEntry);
  }

  private static Condition olderThan(AuditPosition position) {
    return row(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ID)
        .lt(row(val(position.at(), AUDIT_EVENT.OCCURRED_AT), val(position.id(), AUDIT_EVENT.ID)));
  }

  private static Condition matching(AuditFilter filter) {
    var condition = InstantRanges.within(AUDIT_EVENT.OCCURRED_AT, filter.period());
    if (filter.actor() != null) {
      condition = condition.and(AUDIT_EVENT.ACTOR_ID.eq(filter.actor().value()));
    }
    if (!filter.actions().isEmpty()) {
      condition =
          condition.and(
              AUDIT_EVENT.ACTION.in(
                  filter.actions().stream().map(AuditEventRecordMapper::actionCode).toList()));
    }
    if (filter.itemType() != null) {
      condition =
          condition.and(
              AUDIT_EVENT.ITEM_TYPE.eq(AuditEventRecordMapper.itemTypeCode(filter.itemType())));
    }
    if (filter.itemId() != null) {
      condition = condition.and(AUDIT_EVENT.ITEM_ID.eq(filter.itemId()));
    }
    return condition;
  }
}
