package org.crms.application.service.client;

import java.time.Instant;
import java.util.List;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.client.Client;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Actor;

/** The audit entry for something that happened to a client. */
final class ClientAudit {
  private ClientAudit() {}

  static AuditEvent event(
      Actor actor, Instant at, AuditAction action, Client client, List<FieldChange> changes) {
    return AuditEvent.of(actor.userId(), at, action, ItemType.CLIENT, client.id().value(), changes);
  }
}
