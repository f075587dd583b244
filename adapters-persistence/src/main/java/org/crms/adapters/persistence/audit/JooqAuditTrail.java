package org.crms.adapters.persistence.audit;

import static org.crms.adapters.persistence.jooq.Tables.AUDIT_EVENT;

import jakarta.inject.Singleton;
import java.util.Objects;
import org.crms.application.port.out.AuditTrail;
import org.crms.domain.audit.AuditEvent;
import org.jooq.DSLContext;

/**
 * The audit trail in PostgreSQL. Insert only: there is deliberately no update or delete here, and a
 * trigger refuses both in the database too. Writes in the caller's transaction, so an event commits
 * with its change.
 */
@Singleton
public final class JooqAuditTrail implements AuditTrail {
  private final DSLContext dsl;

  public JooqAuditTrail(DSLContext dsl) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
  }

  @Override
  public void append(AuditEvent event) {
    dsl.insertInto(AUDIT_EVENT)
        .set(AuditEventRecordMapper.toRecord(event))
        .set(AUDIT_EVENT.CHANGES, AuditEventRecordMapper.changes(event))
        .set(AUDIT_EVENT.DETAILS, AuditEventRecordMapper.details(event))
        .execute();
  }
}
