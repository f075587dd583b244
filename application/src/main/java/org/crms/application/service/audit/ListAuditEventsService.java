package org.crms.application.service.audit;

import org.crms.application.port.in.Page;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.application.port.in.audit.AuditPosition;
import org.crms.application.port.in.audit.ListAuditEventsQuery;
import org.crms.application.port.in.audit.ListAuditEventsUseCase;
import org.crms.application.port.out.AuditLog;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.user.Permission;

/** Reads the global audit log for admins. */
public final class ListAuditEventsService implements ListAuditEventsUseCase {
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;

  public ListAuditEventsService(AuditLog auditLog, UnitOfWork unitOfWork) {
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Page<AuditEntry, AuditPosition> list(ListAuditEventsQuery query) {
    query.actor().require(Permission.VIEW_AUDIT_LOG);
    return Page.fetch(
        query.limit(),
        rows -> unitOfWork.readOnly(() -> auditLog.list(query.filter(), query.after(), rows)),
        AuditPosition::of);
  }
}
