package org.crms.application.service.request;

import java.util.List;
import org.crms.application.port.in.request.DeleteRequestCommand;
import org.crms.application.port.in.request.DeleteRequestUseCase;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.user.Permission;

/** Moves a request to the trash. */
public final class DeleteRequestService implements DeleteRequestUseCase {
  private final AuditedRequests requests;
  private final UnitOfWork unitOfWork;

  public DeleteRequestService(AuditedRequests requests, UnitOfWork unitOfWork) {
    this.requests = requests;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public void delete(DeleteRequestCommand command) {
    // Checked before loading, so that a limited user learns nothing about which ids exist.
    command.actor().require(Permission.DELETE_RECORDS);
    unitOfWork.inTransaction(
        () -> {
          var request = requests.live(command.requestId());
          request.delete(command.actor(), requests.now());
          return requests.updated(request, command.actor(), AuditAction.DELETED, List.of());
        });
  }
}
