package org.crms.application.service.contact;

import java.time.Instant;
import java.util.List;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Actor;

/** The audit entry for something that happened to a contact record. */
final class ContactAudit {
  private ContactAudit() {}

  static AuditEvent event(
      Actor actor,
      Instant at,
      AuditAction action,
      ContactRecord record,
      List<FieldChange> changes) {
    return AuditEvent.of(
        actor.userId(), at, action, ItemType.CONTACT_RECORD, record.id().value(), changes);
  }
}
