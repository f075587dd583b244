package org.crms.application.service.request;

import java.util.ArrayList;
import org.crms.application.port.in.request.BulkChange;
import org.crms.application.port.in.request.BulkEditRequestsCommand;
import org.crms.application.port.in.request.BulkEditRequestsUseCase;
import org.crms.application.port.in.request.BulkEditResult;
import org.crms.application.port.in.request.BulkEditResult.Item;
import org.crms.application.port.in.request.BulkEditResult.Outcome;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.DomainException;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;

/**
 * Applies one change to many requests, each in a transaction of its own: a refused request (an
 * illegal move, a request gone, a concurrent edit, a bad reference) is reported and the others go
 * on. Each applied change is audited exactly as the single edit or status change would be.
 */
public final class BulkEditRequestsService implements BulkEditRequestsUseCase {
  private final AuditedRequests requests;
  private final RequestReferences references;
  private final UnitOfWork unitOfWork;

  public BulkEditRequestsService(
      AuditedRequests requests, RequestReferences references, UnitOfWork unitOfWork) {
    this.requests = requests;
    this.references = references;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public BulkEditResult edit(BulkEditRequestsCommand command) {
    command.actor().require(Permission.BULK_EDIT);
    return new BulkEditResult(
        command.ids().stream().map(id -> editOne(command.actor(), id, command.change())).toList());
  }

  private Item editOne(Actor actor, ClientRequestId id, BulkChange change) {
    try {
      var applied = unitOfWork.inTransaction(() -> apply(actor, requests.live(id), change));
      return new Item(id, applied ? Outcome.APPLIED : Outcome.UNCHANGED, null);
    } catch (DomainException refusal) {
      return new Item(id, Outcome.REFUSED, refusal);
    }
  }

  /**
   * @return whether the request changed
   */
  private boolean apply(Actor actor, ClientRequest request, BulkChange change) {
    if (change.kind() == BulkChange.Kind.STATUS) {
      return move(actor, request, change);
    }
    var owner =
        change.kind() == BulkChange.Kind.OWNER ? change.owner() : request.owner().orElse(null);
    var details =
        switch (change.kind()) {
          case PRIORITY -> request.details().withPriority(change.priority());
          case DUE_ON -> request.details().withDueOn(change.dueOn());
          case TYPE -> request.details().withType(change.typeId());
          case STATUS, OWNER -> request.details();
        };
    references.checkChange(request, details, owner);
    var now = requests.now();
    var changes = new ArrayList<FieldChange>(request.revise(details, actor, now));
    changes.addAll(request.assignTo(owner, actor, now));
    if (changes.isEmpty()) {
      return false;
    }
    requests.updated(request, actor, AuditAction.UPDATED, changes);
    return true;
  }

  /** A request already in the target status is left as it is: what was asked for holds. */
  private boolean move(Actor actor, ClientRequest request, BulkChange change) {
    if (request.status() == change.status()) {
      return false;
    }
    requests.moved(request, actor, request.moveTo(change.status(), actor, requests.now()));
    return true;
  }
}
