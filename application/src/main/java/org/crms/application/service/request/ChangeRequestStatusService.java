package org.crms.application.service.request;

import org.crms.application.port.in.request.ChangeRequestStatusCommand;
import org.crms.application.port.in.request.ChangeRequestStatusUseCase;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.request.ClientRequest;

/** Moves a request through its workflow and records the move, from and to, with its actor. */
public final class ChangeRequestStatusService implements ChangeRequestStatusUseCase {
  private final AuditedRequests requests;
  private final UnitOfWork unitOfWork;

  public ChangeRequestStatusService(AuditedRequests requests, UnitOfWork unitOfWork) {
    this.requests = requests;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public ClientRequest changeStatus(ChangeRequestStatusCommand command) {
    return unitOfWork.inTransaction(
        () -> {
          var request = requests.live(command.requestId());
          if (command.expectedVersion() != null) {
            AuditedRequests.requireVersion(request, command.expectedVersion());
          }
          var move = request.moveTo(command.target(), command.actor(), requests.now());
          return requests.moved(request, command.actor(), move);
        });
  }
}
