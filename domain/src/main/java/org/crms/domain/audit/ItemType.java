package org.crms.domain.audit;

import org.crms.domain.user.Permission;

/** The kinds of item the audit trail speaks of. */
public enum ItemType {
  CLIENT,
  REQUEST_TYPE,
  REQUEST,
  CONTACT_RECORD,
  USER;

  /**
   * What an actor needs to read the history of an item of this kind. A user's history tells of
   * their logins, tokens, role and activation, which is user administration; every other item's
   * history is open to whoever works with the records.
   */
  public Permission historyPermission() {
    return this == USER ? Permission.MANAGE_USERS : Permission.VIEW_HISTORY;
  }
}
