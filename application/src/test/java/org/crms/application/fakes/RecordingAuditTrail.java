package org.crms.application.fakes;

import java.util.ArrayList;
import java.util.List;
import org.crms.application.port.out.AuditTrail;
import org.crms.domain.audit.AuditEvent;

/** Keeps appended audit events in memory, in order. */
public final class RecordingAuditTrail implements AuditTrail {
  private final List<AuditEvent> events = new ArrayList<>();

  @Override
  public void append(AuditEvent event) {
    events.add(event);
  }

  public List<AuditEvent> events() {
    return List.copyOf(events);
  }

  public AuditEvent last() {
    return events.getLast();
  }
}
