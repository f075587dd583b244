package org.crms.application.service.contact;

import java.time.Clock;
import java.util.List;
import org.crms.application.port.in.contact.ContactRecordNotFoundException;
import org.crms.application.port.in.contact.DeleteContactRecordCommand;
import org.crms.application.port.in.contact.DeleteContactRecordUseCase;
import org.crms.application.port.in.contact.RestoreContactRecordCommand;
import org.crms.application.port.in.contact.RestoreContactRecordUseCase;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.ContactRecordRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.user.Permission;

/** Moves contact records to the trash and back (admins only), each move audited. */
public final class ContactRecordTrashService
    implements DeleteContactRecordUseCase, RestoreContactRecordUseCase {
  private final ContactRecordRepository records;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ContactRecordTrashService(
      ContactRecordRepository records, AuditTrail auditTrail, UnitOfWork unitOfWork, Clock clock) {
    this.records = records;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public void delete(DeleteContactRecordCommand command) {
    // Checked before loading, so that a limited user learns nothing about which ids exist.
    command.actor().require(Permission.DELETE_RECORDS);
    unitOfWork.inTransaction(
        () -> {
          var record = LiveContactRecords.require(records, command.recordId());
          var now = clock.instant();
          record.delete(command.actor(), now);
          var stored = records.update(record);
          auditTrail.append(
              ContactAudit.event(command.actor(), now, AuditAction.DELETED, stored, List.of()));
          return stored;
        });
  }

  @Override
  public ContactRecord restore(RestoreContactRecordCommand command) {
    command.actor().require(Permission.DELETE_RECORDS);
    return unitOfWork.inTransaction(
        () -> {
          var record =
              records
                  .findById(command.recordId())
                  .orElseThrow(() -> new ContactRecordNotFoundException(command.recordId()));
          var now = clock.instant();
          record.restore(command.actor(), now);
          var stored = records.update(record);
          auditTrail.append(
              ContactAudit.event(command.actor(), now, AuditAction.RESTORED, stored, List.of()));
          return stored;
        });
  }
}
