package org.crms.application.service.requesttype;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.crms.application.port.in.requesttype.DefineRequestTypeCommand;
import org.crms.application.port.in.requesttype.DefineRequestTypeUseCase;
import org.crms.application.port.in.requesttype.DeleteRequestTypeCommand;
import org.crms.application.port.in.requesttype.DeleteRequestTypeUseCase;
import org.crms.application.port.in.requesttype.RequestTypeNotFoundException;
import org.crms.application.port.in.requesttype.RestoreRequestTypeCommand;
import org.crms.application.port.in.requesttype.RestoreRequestTypeUseCase;
import org.crms.application.port.in.requesttype.UpdateRequestTypeCommand;
import org.crms.application.port.in.requesttype.UpdateRequestTypeUseCase;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.RequestTypeRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.requesttype.DuplicateRequestTypeNameException;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;

/** Every change to request types: define, update, delete, restore; each audited. */
public final class RequestTypeService
    implements DefineRequestTypeUseCase,
        UpdateRequestTypeUseCase,
        DeleteRequestTypeUseCase,
        RestoreRequestTypeUseCase {
  private final RequestTypeRepository types;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public RequestTypeService(
      RequestTypeRepository types, AuditTrail auditTrail, UnitOfWork unitOfWork, Clock clock) {
    this.types = types;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public RequestType define(DefineRequestTypeCommand command) {
    return unitOfWork.inTransaction(
        () -> {
          var now = clock.instant();
          var type = RequestType.define(command.details(), command.actor(), now);
          refuseTakenName(type);
          var stored = types.add(type);
          audit(command.actor(), now, AuditAction.CREATED, stored, stored.describeCreation());
          return stored;
        });
  }

  @Override
  public RequestType update(UpdateRequestTypeCommand command) {
    return unitOfWork.inTransaction(
        () -> {
          var type = live(command.typeId());
          if (type.version() != command.expectedVersion()) {
            throw new StaleAggregateException("Request type", type.id());
          }
          var now = clock.instant();
          var changes = type.revise(command.details(), command.actor(), now);
          if (changes.isEmpty()) {
            return type;
          }
          refuseTakenName(type);
          var stored = types.update(type);
          audit(command.actor(), now, AuditAction.UPDATED, stored, changes);
          return stored;
        });
  }

  @Override
  public void delete(DeleteRequestTypeCommand command) {
    // Checked before loading, so that a limited user learns nothing about which ids exist.
    command.actor().require(Permission.DELETE_RECORDS);
    unitOfWork.inTransaction(
        () -> {
          var type = live(command.typeId());
          var now = clock.instant();
          type.delete(command.actor(), types.liveRequestCount(type.id()), now);
          var stored = types.update(type);
          audit(command.actor(), now, AuditAction.DELETED, stored, List.of());
          return stored;
        });
  }

  @Override
  public RequestType restore(RestoreRequestTypeCommand command) {
    command.actor().require(Permission.DELETE_RECORDS);
    return unitOfWork.inTransaction(
        () -> {
          var type =
              types
                  .findById(command.typeId())
                  .orElseThrow(() -> new RequestTypeNotFoundException(command.typeId()));
          var now = clock.instant();
          type.restore(command.actor(), now);
          refuseTakenName(type);
          var stored = types.update(type);
          audit(command.actor(), now, AuditAction.RESTORED, stored, List.of());
          return stored;
        });
  }

  private RequestType live(RequestTypeId id) {
    return types
        .findById(id)
        .filter(t -> !t.isDeleted())
        .orElseThrow(() -> new RequestTypeNotFoundException(id));
  }

  private void refuseTakenName(RequestType type) {
    if (types.liveNameTaken(type.name(), type.id())) {
      throw new DuplicateRequestTypeNameException(type.name());
    }
  }

  private void audit(
      Actor actor, Instant at, AuditAction action, RequestType type, List<FieldChange> changes) {
    auditTrail.append(
        AuditEvent.of(
            actor.userId(), at, action, ItemType.REQUEST_TYPE, type.id().value(), changes));
  }
}
