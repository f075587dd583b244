package org.crms.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.crms.application.port.out.AuditLog;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.service.audit.GetItemHistoryService;
import org.crms.application.service.audit.ListAuditEventsService;

/** Builds the use cases that read the audit trail: an item's history and the global log. */
@Factory
class AuditUseCaseFactory {
  @Singleton
  GetItemHistoryService itemHistory(AuditLog auditLog, UnitOfWork uow) {
    return new GetItemHistoryService(auditLog, uow);
  }

  @Singleton
  ListAuditEventsService auditEvents(AuditLog auditLog, UnitOfWork uow) {
    return new ListAuditEventsService(auditLog, uow);
  }
}
