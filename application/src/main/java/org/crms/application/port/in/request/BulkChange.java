package org.crms.application.port.in.request;

import java.time.LocalDate;
import java.util.Objects;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.UserId;

/**
 * The one change a bulk edit applies to every selected request; made by the factories, which set
 * exactly the field of their kind.
 *
 * @param owner for {@link Kind#OWNER}: the new owner, or null to leave the requests unassigned
 * @param dueOn for {@link Kind#DUE_ON}: the new due date, or null for none
 */
public record BulkChange(
    Kind kind,
    RequestStatus status,
    UserId owner,
    Priority priority,
    LocalDate dueOn,
    RequestTypeId typeId) {

  /** Which field a bulk edit changes. */
  public enum Kind {
    STATUS,
    OWNER,
    PRIORITY,
    DUE_ON,
    TYPE
  }

  public BulkChange {
    Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case STATUS -> Objects.requireNonNull(status, "status");
      case PRIORITY -> Objects.requireNonNull(priority, "priority");
      case TYPE -> Objects.requireNonNull(typeId, "typeId");
      case OWNER, DUE_ON -> {}
    }
  }

  public static BulkChange status(RequestStatus target) {
    return new BulkChange(Kind.STATUS, target, null, null, null, null);
  }

  public static BulkChange owner(UserId owner) {
    return new BulkChange(Kind.OWNER, null, owner, null, null, null);
  }

  public static BulkChange priority(Priority priority) {
    return new BulkChange(Kind.PRIORITY, null, null, priority, null, null);
  }

  public static BulkChange dueOn(LocalDate dueOn) {
    return new BulkChange(Kind.DUE_ON, null, null, null, dueOn, null);
  }

  public static BulkChange type(RequestTypeId typeId) {
    return new BulkChange(Kind.TYPE, null, null, null, null, typeId);
  }
}
