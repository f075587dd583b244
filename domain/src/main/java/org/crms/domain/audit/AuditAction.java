package org.crms.domain.audit;

/** What happened to an item, as the audit trail records it. */
public enum AuditAction {
  CREATED,
  UPDATED,
  /** A client request moved through its workflow; its changes hold the status from and to. */
  STATUS_CHANGED,
  DELETED,
  RESTORED,
  REGISTERED,
  LOGIN_SUCCEEDED,
  LOGIN_FAILED,
  LOGGED_OUT,
  ACTIVATED,
  DEACTIVATED,
  ROLE_CHANGED,
  TOKEN_CREATED,
  TOKEN_REVOKED
}
