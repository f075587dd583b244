package org.crms.domain.audit;

/** What happened to an item, as the audit trail records it. */
public enum AuditAction {
  CREATED,
  UPDATED,
  DELETED,
  RESTORED
}
