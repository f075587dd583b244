package org.crms.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.ClientRepository;
import org.crms.application.port.out.ClientRequestRepository;
import org.crms.application.port.out.RequestTypeRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.port.out.UserRepository;
import org.crms.application.service.request.AuditedRequests;
import org.crms.application.service.request.BulkEditRequestsService;
import org.crms.application.service.request.ChangeRequestStatusService;
import org.crms.application.service.request.DeleteRequestService;
import org.crms.application.service.request.OpenRequestService;
import org.crms.application.service.request.RequestQueryService;
import org.crms.application.service.request.RequestReferences;
import org.crms.application.service.request.RestoreRequestService;
import org.crms.application.service.request.UpdateRequestService;

/**
 * Builds the client request use cases, and the two collaborators they share: the requests with
 * their audit trail, and the check of what a request refers to.
 */
@Factory
class RequestUseCaseFactory {
  @Singleton
  AuditedRequests auditedRequests(ClientRequestRepository requests, AuditTrail audit, Clock clock) {
    return new AuditedRequests(requests, audit, clock);
  }

  @Singleton
  RequestReferences requestReferences(
      ClientRepository clients, RequestTypeRepository types, UserRepository users) {
    return new RequestReferences(clients, types, users);
  }

  @Singleton
  OpenRequestService openRequest(
      AuditedRequests requests, RequestReferences references, UnitOfWork uow) {
    return new OpenRequestService(requests, references, uow);
  }

  @Singleton
  UpdateRequestService updateRequest(
      AuditedRequests requests, RequestReferences references, UnitOfWork uow) {
    return new UpdateRequestService(requests, references, uow);
  }

  @Singleton
  ChangeRequestStatusService changeRequestStatus(AuditedRequests requests, UnitOfWork uow) {
    return new ChangeRequestStatusService(requests, uow);
  }

  @Singleton
  DeleteRequestService deleteRequest(AuditedRequests requests, UnitOfWork uow) {
    return new DeleteRequestService(requests, uow);
  }

  @Singleton
  RestoreRequestService restoreRequest(
      AuditedRequests requests, RequestReferences references, UnitOfWork uow) {
    return new RestoreRequestService(requests, references, uow);
  }

  @Singleton
  BulkEditRequestsService bulkEditRequests(
      AuditedRequests requests, RequestReferences references, UnitOfWork uow) {
    return new BulkEditRequestsService(requests, references, uow);
  }

  @Singleton
  RequestQueryService queryRequests(ClientRequestRepository requests, UnitOfWork uow, Clock clock) {
    return new RequestQueryService(requests, uow, clock);
  }
}
