package org.crms.domain.audit;

/** The kinds of item the audit trail speaks of. */
public enum ItemType {
  CLIENT,
  USER
}
