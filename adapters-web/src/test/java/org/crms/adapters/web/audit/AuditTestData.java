package org.crms.adapters.web.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;

/** Audit entries as the use cases would return them. */
final class AuditTestData {
  static final UUID ITEM = UUID.fromString("11111111-2222-3333-4444-555555555555");
  static final UUID EVENT = UUID.fromString("eeeeeeee-0000-0000-0000-000000000001");
  static final UserId ACTOR = new UserId(UUID.fromString("99999999-0000-0000-0000-000000000001"));
  static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

  private AuditTestData() {}

  /** An update of a client's name and e-mail address by a user. */
  static AuditEntry renamed() {
    var event =
        new AuditEvent(
            EVENT,
            AT,
            ACTOR,
            AuditAction.UPDATED,
            ItemType.CLIENT,
            ITEM,
            List.of(
                new FieldChange("name", "Acme", "Acme Ltd"),
                new FieldChange("email", null, "office@acme.example")),
            Map.of());
    return new AuditEntry(event, new Username("adminuser"));
  }

  /** A failed login for a name nobody has: no actor, no item, details only. */
  static AuditEntry failedLogin() {
    var event =
        AuditEvent.withDetails(
            null,
            AT.minusSeconds(60),
            AuditAction.LOGIN_FAILED,
            ItemType.USER,
            null,
            Map.of("username", "nobody"));
    return new AuditEntry(event, null);
  }
}
