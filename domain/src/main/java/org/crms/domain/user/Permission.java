package org.crms.domain.user;

/**
 * Something a user may be allowed to do. Which role has which permission is decided in {@link
 * Role}.
 */
public enum Permission {
  /** View, list and search clients, request types, requests and contact records. */
  VIEW_RECORDS,
  /** Create and update clients, request types, requests and contact records. */
  EDIT_RECORDS,
  /** Move a request through its workflow. */
  CHANGE_STATUS,
  /** Give a request an owner. */
  ASSIGN_OWNER,
  /** Change many requests at once. */
  BULK_EDIT,
  /** Export lists as CSV. */
  EXPORT,
  /** See the history of one item. */
  VIEW_HISTORY,
  /** Soft-delete items and restore them from the trash. */
  DELETE_RECORDS,
  /** List users, activate and deactivate them, change their role. */
  MANAGE_USERS,
  /** Read the global audit log. */
  VIEW_AUDIT_LOG
}
