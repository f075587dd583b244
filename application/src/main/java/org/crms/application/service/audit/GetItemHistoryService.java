package org.crms.application.service.audit;

import org.crms.application.port.in.Page;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.application.port.in.audit.AuditFilter;
import org.crms.application.port.in.audit.AuditPosition;
import org.crms.application.port.in.audit.GetItemHistoryQuery;
import org.crms.application.port.in.audit.GetItemHistoryUseCase;
import org.crms.application.port.in.audit.ItemNotFoundException;
import org.crms.application.port.out.AuditLog;
import org.crms.application.port.out.UnitOfWork;

/**
 * Reads the history of one item from the audit trail. An item in the trash keeps its history; an id
 * the trail never saw has none, and is reported as not found.
 */
public final class GetItemHistoryService implements GetItemHistoryUseCase {
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;

  public GetItemHistoryService(AuditLog auditLog, UnitOfWork unitOfWork) {
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Page<AuditEntry, AuditPosition> history(GetItemHistoryQuery query) {
    // Checked before reading, so that a limited user learns nothing about which users exist.
    query.actor().require(query.itemType().historyPermission());
    var filter = AuditFilter.ofItem(query.itemType(), query.itemId());
    var page =
        Page.fetch(
            query.limit(),
            rows -> unitOfWork.readOnly(() -> auditLog.list(filter, query.after(), rows)),
            AuditPosition::of);
    if (page.items().isEmpty() && query.after() == null) {
      throw new ItemNotFoundException(query.itemType(), query.itemId());
    }
    return page;
  }
}
