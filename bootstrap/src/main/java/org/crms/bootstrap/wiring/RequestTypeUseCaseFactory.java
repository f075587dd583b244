package org.crms.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.RequestTypeRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.service.requesttype.RequestTypeQueryService;
import org.crms.application.service.requesttype.RequestTypeService;

/** Builds the request type use cases. */
@Factory
class RequestTypeUseCaseFactory {
  @Singleton
  RequestTypeService requestTypes(
      RequestTypeRepository types, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new RequestTypeService(types, audit, uow, clock);
  }

  @Singleton
  RequestTypeQueryService queryRequestTypes(RequestTypeRepository types, UnitOfWork uow) {
    return new RequestTypeQueryService(types, uow);
  }
}
