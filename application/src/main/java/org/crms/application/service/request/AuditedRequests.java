package org.crms.application.service.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.crms.application.port.in.request.ClientRequestNotFoundException;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.ClientRequestRepository;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.StatusChanged;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;

/**
 * Client requests as the request use cases see them: loaded live, and stored together with the
 * audit event of the change, at the time of one clock. Runs inside the caller's unit of work.
 */
public final class AuditedRequests {
  private final ClientRequestRepository requests;
  private final AuditTrail auditTrail;
  private final Clock clock;

  public AuditedRequests(ClientRequestRepository requests, AuditTrail auditTrail, Clock clock) {
    this.requests = requests;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * @throws ClientRequestNotFoundException if no request has that id, or it is in the trash
   */
  ClientRequest live(ClientRequestId id) {
    return requests
        .findById(id)
        .filter(r -> !r.isDeleted())
        .orElseThrow(() -> new ClientRequestNotFoundException(id));
  }

  /**
   * @throws ClientRequestNotFoundException if no request has that id, in the trash or not
   */
  ClientRequest anyState(ClientRequestId id) {
    return requests.findById(id).orElseThrow(() -> new ClientRequestNotFoundException(id));
  }

  /**
   * @throws StaleAggregateException unless the request is at the version the caller read
   */
  static void requireVersion(ClientRequest request, long expected) {
    if (request.version() != expected) {
      throw new StaleAggregateException("Request", request.id());
    }
  }

  /** Stores a new request with its creation event, listing every field it was opened with. */
  ClientRequest added(ClientRequest request, Actor actor, List<FieldChange> changes) {
    var stored = requests.add(request);
    append(actor, request.created().at(), AuditAction.CREATED, stored, changes);
    return stored;
  }

  /** Stores a changed request with the event of its change. */
  ClientRequest updated(
      ClientRequest request, Actor actor, AuditAction action, List<FieldChange> changes) {
    var stored = requests.update(request);
    append(actor, request.updated().at(), action, stored, changes);
    return stored;
  }

  /** Stores a request that moved through its workflow, with the statuses it moved between. */
  ClientRequest moved(ClientRequest request, Actor actor, StatusChanged move) {
    var change = new FieldChange("status", move.from().name(), move.to().name());
    return updated(request, actor, AuditAction.STATUS_CHANGED, List.of(change));
  }

  private void append(
      Actor actor,
      Instant at,
      AuditAction action,
      ClientRequest request,
      List<FieldChange> changes) {
    auditTrail.append(
        AuditEvent.of(actor.userId(), at, action, ItemType.REQUEST, request.id().value(), changes));
  }
}
