package org.crms.application.port.out;

import java.util.List;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.application.port.in.audit.AuditFilter;
import org.crms.application.port.in.audit.AuditPosition;

/**
 * Reads the audit trail that {@link AuditTrail} writes. Separate from the writer, so that the code
 * that records changes cannot read history and the readers cannot write it.
 */
public interface AuditLog {
  /**
   * Events matching the filter, newest first (latest instant, then highest id), strictly older than
   * the position when one is given, each with its actor's username.
   */
  List<AuditEntry> list(AuditFilter filter, AuditPosition after, int limit);
}
