package org.crms.application.service.request;

import java.util.ArrayList;
import org.crms.application.port.in.request.OpenRequestCommand;
import org.crms.application.port.in.request.OpenRequestUseCase;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.user.Permission;

/**
 * Opens a request of a live client, of a live and active type, optionally owned by an active user;
 * due the type's target days from today unless a due date is given. Audited with every field.
 */
public final class OpenRequestService implements OpenRequestUseCase {
  private final AuditedRequests requests;
  private final RequestReferences references;
  private final UnitOfWork unitOfWork;

  public OpenRequestService(
      AuditedRequests requests, RequestReferences references, UnitOfWork unitOfWork) {
    this.requests = requests;
    this.references = references;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public ClientRequest open(OpenRequestCommand command) {
    var actor = command.actor();
    // Checked before the references are looked up, so that no one learns which ids exist.
    actor.require(Permission.EDIT_RECORDS);
    return unitOfWork.inTransaction(
        () -> {
          var target = references.checkNew(command.details(), command.owner());
          var request = ClientRequest.open(command.details(), target, actor, requests.now());
          var changes = new ArrayList<>(request.describeCreation());
          if (command.owner() != null) {
            changes.addAll(request.assignTo(command.owner(), actor, request.created().at()));
          }
          return requests.added(request, actor, changes);
        });
  }
}
