package org.crms.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.ContactRecordRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.service.contact.ContactRecordQueryService;
import org.crms.application.service.contact.ContactRecordService;
import org.crms.application.service.contact.ContactRecordTrashService;

/** Builds the contact record use cases. */
@Factory
class ContactUseCaseFactory {
  @Singleton
  ContactRecordService contactRecords(
      ContactRecordRepository records, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new ContactRecordService(records, audit, uow, clock);
  }

  @Singleton
  ContactRecordTrashService contactRecordTrash(
      ContactRecordRepository records, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new ContactRecordTrashService(records, audit, uow, clock);
  }

  @Singleton
  ContactRecordQueryService queryContactRecords(
      ContactRecordRepository records, UnitOfWork uow, Clock clock) {
    return new ContactRecordQueryService(records, uow, clock);
  }
}
