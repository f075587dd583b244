package org.crms.application.service.request;

import java.util.ArrayList;
import org.crms.application.port.in.request.UpdateRequestCommand;
import org.crms.application.port.in.request.UpdateRequestUseCase;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.user.Permission;

/**
 * Applies an edit of a request's details and owner to the version the editor saw, and records the
 * changed fields with their old and new values.
 */
public final class UpdateRequestService implements UpdateRequestUseCase {
  private final AuditedRequests requests;
  private final RequestReferences references;
  private final UnitOfWork unitOfWork;

  public UpdateRequestService(
      AuditedRequests requests, RequestReferences references, UnitOfWork unitOfWork) {
    this.requests = requests;
    this.references = references;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public ClientRequest update(UpdateRequestCommand command) {
    var actor = command.actor();
    // Checked before the references are looked up, so that no one learns which ids exist.
    actor.require(Permission.EDIT_RECORDS);
    return unitOfWork.inTransaction(
        () -> {
          var request = requests.live(command.requestId());
          AuditedRequests.requireVersion(request, command.expectedVersion());
          references.checkChange(request, command.details(), command.owner());
          var now = requests.now();
          var changes = new ArrayList<>(request.revise(command.details(), actor, now));
          changes.addAll(request.assignTo(command.owner(), actor, now));
          if (changes.isEmpty()) {
            return request;
          }
          return requests.updated(request, actor, AuditAction.UPDATED, changes);
        });
  }
}
