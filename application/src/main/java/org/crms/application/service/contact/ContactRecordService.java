package org.crms.application.service.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.crms.application.port.in.contact.ContactRecordInput;
import org.crms.application.port.in.contact.LogContactCommand;
import org.crms.application.port.in.contact.LogContactUseCase;
import org.crms.application.port.in.contact.UpdateContactRecordCommand;
import org.crms.application.port.in.contact.UpdateContactRecordUseCase;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.ContactRecordRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.contact.ContactDetails;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.shared.Violations;

/** Logs contacts and edits them, each change audited in the same transaction. */
public final class ContactRecordService implements LogContactUseCase, UpdateContactRecordUseCase {
  private final ContactRecordRepository records;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ContactRecordService(
      ContactRecordRepository records, AuditTrail auditTrail, UnitOfWork unitOfWork, Clock clock) {
    this.records = records;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public ContactRecord log(LogContactCommand command) {
    return unitOfWork.inTransaction(
        () -> {
          var now = clock.instant();
          var details = validated(command.input().contactedNowIfMissing(now), now, null);
          var stored = records.add(ContactRecord.log(details, command.actor(), now));
          auditTrail.append(
              ContactAudit.event(
                  command.actor(), now, AuditAction.CREATED, stored, stored.describeCreation()));
          return stored;
        });
  }

  @Override
  public ContactRecord update(UpdateContactRecordCommand command) {
    return unitOfWork.inTransaction(
        () -> {
          var record = LiveContactRecords.require(records, command.recordId());
          if (record.version() != command.expectedVersion()) {
            throw new StaleAggregateException("Contact record", record.id());
          }
          var now = clock.instant();
          var details = validated(command.input(), now, record.details().requestId());
          var changes = record.revise(details, command.actor(), now);
          if (changes.isEmpty()) {
            return record;
          }
          var stored = records.update(record);
          auditTrail.append(
              ContactAudit.event(command.actor(), now, AuditAction.UPDATED, stored, changes));
          return stored;
        });
  }

  /**
   * The domain's rules and a live client request, all reported at once.
   *
   * @param linked the request the record is about already; it is not checked again
   */
  private ContactDetails validated(ContactRecordInput input, Instant now, UUID linked) {
    var violations = new Violations();
    var details = violations.check(() -> input.parse(now));
    violations.check(() -> requireLiveRequest(input.requestId(), linked));
    violations.throwIfAny();
    return details;
  }

  private ClientRequestId requireLiveRequest(ClientRequestId requestId, UUID linked) {
    if (requestId == null || Objects.equals(requestId.value(), linked)) {
      return requestId;
    }
    if (!records.liveRequestExists(requestId)) {
      throw new InvalidValueException("requestId", "No client request has this id.");
    }
    return requestId;
  }
}
