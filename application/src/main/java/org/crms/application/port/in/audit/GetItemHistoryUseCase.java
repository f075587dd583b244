package org.crms.application.port.in.audit;

import org.crms.application.port.in.Page;

/** Use case: page through what happened to one item, newest first. */
public interface GetItemHistoryUseCase {
  /**
   * @throws ItemNotFoundException if the audit trail has no event about that item
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not read the history of
   *     that kind of item (a user's history is for admins only)
   */
  Page<AuditEntry, AuditPosition> history(GetItemHistoryQuery query);
}
