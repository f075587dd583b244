package org.crms.application.port.in.audit;

import org.crms.application.port.in.Page;

/** Use case: an admin pages through the global audit log, newest first, optionally filtered. */
public interface ListAuditEventsUseCase {
  /**
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may read the audit log
   */
  Page<AuditEntry, AuditPosition> list(ListAuditEventsQuery query);
}
