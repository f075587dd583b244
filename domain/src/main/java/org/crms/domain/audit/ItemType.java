package org.crms.domain.audit;

/** The kinds of item the audit trail speaks of. */
public enum ItemType {
  CLIENT,
  REQUEST_TYPE,
  REQUEST,
  CONTACT_RECORD,
  USER
}
