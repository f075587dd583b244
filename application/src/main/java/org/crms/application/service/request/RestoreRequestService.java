package org.crms.application.service.request;

import java.util.List;
import org.crms.application.port.in.request.RestoreRequestCommand;
import org.crms.application.port.in.request.RestoreRequestUseCase;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.user.Permission;

/**
 * Brings a request back from the trash, provided its client and type are live: a live request of a
 * client in the trash would be seen by nobody.
 */
public final class RestoreRequestService implements RestoreRequestUseCase {
  private final AuditedRequests requests;
  private final RequestReferences references;
  private final UnitOfWork unitOfWork;

  public RestoreRequestService(
      AuditedRequests requests, RequestReferences references, UnitOfWork unitOfWork) {
    this.requests = requests;
    this.references = references;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public ClientRequest restore(RestoreRequestCommand command) {
    command.actor().require(Permission.DELETE_RECORDS);
    return unitOfWork.inTransaction(
        () -> {
          var request = requests.anyState(command.requestId());
          request.restore(command.actor(), requests.now());
          references.checkRestorable(request);
          return requests.updated(request, command.actor(), AuditAction.RESTORED, List.of());
        });
  }
}
