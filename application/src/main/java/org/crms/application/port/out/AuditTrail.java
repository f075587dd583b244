package org.crms.application.port.out;

import org.crms.domain.audit.AuditEvent;

/**
 * The append-only record of what happened. Written in the same transaction as the change it
 * describes.
 */
public interface AuditTrail {
  void append(AuditEvent event);
}
