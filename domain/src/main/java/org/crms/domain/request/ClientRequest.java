package org.crms.domain.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crms.domain.requesttype.TargetDays;
import org.crms.domain.shared.Changes;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;

/**
 * Something a client asked for, moving Pending → In Progress → Completed (see {@link
 * RequestStatus}), with an optional owner and due date. Never removed: deletion moves it to the
 * trash.
 */
public final class ClientRequest {
  private final ClientRequestId id;
  private RequestDetails details;
  private RequestStatus status;
  private UserId owner;
  private final Stamp created;
  private Stamp updated;
  private Instant startedAt;
  private Instant completedAt;
  private Stamp deleted;
  private final long version;

  private ClientRequest(State s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.details = Objects.requireNonNull(s.details(), "details");
    this.status = Objects.requireNonNull(s.status(), "status");
    this.owner = s.owner();
    this.created = Objects.requireNonNull(s.created(), "created");
    this.updated = Objects.requireNonNull(s.updated(), "updated");
    this.startedAt = s.startedAt();
    this.completedAt = s.completedAt();
    this.deleted = s.deleted();
    this.version = s.version();
  }

  /**
   * A new, pending request. Without a due date of its own it is due the type's target days after
   * today (UTC), when the type has a target.
   *
   * @param typeTarget the request type's default target, or null when it has none
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  public static ClientRequest open(
      RequestDetails details, TargetDays typeTarget, Actor actor, Instant at) {
    actor.require(Permission.EDIT_RECORDS);
    var withDue =
        details.dueOn() == null && typeTarget != null
            ? details.withDueOn(typeTarget.dueFrom(at))
            : details;
    var stamp = new Stamp(at, actor.userId());
    return new ClientRequest(
        new State(
            ClientRequestId.newId(),
            withDue,
            RequestStatus.PENDING,
            null,
            stamp,
            stamp,
            null,
            null,
            null,
            0));
  }

  /**
   * Rebuilds a stored request. For persistence adapters only: it skips the creation rules (but not
   * null checks).
   */
  public static ClientRequest reconstitute(State state) {
    return new ClientRequest(state);
  }

  /**
   * Moves the request to the target status if the workflow allows it.
   *
   * @throws IllegalStatusTransitionException naming both statuses if it does not
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not change status
   */
  public StatusChanged moveTo(RequestStatus target, Actor actor, Instant at) {
    actor.require(Permission.CHANGE_STATUS);
    if (!status.canMoveTo(target)) {
      throw new IllegalStatusTransitionException(id, status, target);
    }
    var from = status;
    status = target;
    switch (target) {
      case IN_PROGRESS -> {
        if (from == RequestStatus.PENDING) {
          startedAt = at;
        }
        completedAt = null;
      }
      case COMPLETED -> completedAt = at;
      case PENDING -> startedAt = null;
    }
    updated = new Stamp(at, actor.userId());
    return new StatusChanged(id, from, target, actor.userId(), at);
  }

  /** Pending → In Progress. */
  public StatusChanged start(Actor actor, Instant at) {
    return verb(RequestStatus.PENDING, RequestStatus.IN_PROGRESS, actor, at);
  }

  /** In Progress → Pending: nobody is working on it after all. */
  public StatusChanged putBack(Actor actor, Instant at) {
    return verb(RequestStatus.IN_PROGRESS, RequestStatus.PENDING, actor, at);
  }

  /** In Progress → Completed. */
  public StatusChanged complete(Actor actor, Instant at) {
    return verb(RequestStatus.IN_PROGRESS, RequestStatus.COMPLETED, actor, at);
  }

  /** Completed → In Progress: it turned out not to be done. */
  public StatusChanged reopen(Actor actor, Instant at) {
    return verb(RequestStatus.COMPLETED, RequestStatus.IN_PROGRESS, actor, at);
  }

  /** A named move is only that move: reopening a pending request is not starting it. */
  private StatusChanged verb(RequestStatus from, RequestStatus to, Actor actor, Instant at) {
    actor.require(Permission.CHANGE_STATUS);
    if (status != from) {
      throw new IllegalStatusTransitionException(id, status, to);
    }
    return moveTo(to, actor, at);
  }

  /**
   * Replaces the editable details.
   *
   * @return the fields that changed; empty when nothing did, in which case nothing is stamped
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  public List<FieldChange> revise(RequestDetails next, Actor actor, Instant at) {
    actor.require(Permission.EDIT_RECORDS);
    var changes = compare(details, next);
    if (!changes.isEmpty()) {
      details = next;
      updated = new Stamp(at, actor.userId());
    }
    return changes;
  }

  /**
   * Gives the request an owner, or none. That the owner is an active user is checked by the
   * service, which can see users.
   *
   * @return the change, or nothing when the owner is the same
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not assign owners
   */
  public List<FieldChange> assignTo(UserId next, Actor actor, Instant at) {
    actor.require(Permission.ASSIGN_OWNER);
    var changes = new Changes().compare("owner", owner, next).list();
    if (!changes.isEmpty()) {
      owner = next;
      updated = new Stamp(at, actor.userId());
    }
    return changes;
  }

  /**
   * Moves the request to the trash.
   *
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   */
  public void delete(Actor actor, Instant at) {
    actor.require(Permission.DELETE_RECORDS);
    deleted = new Stamp(at, actor.userId());
    updated = deleted;
  }

  /**
   * Brings the request back from the trash.
   *
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   * @throws RequestNotDeletedException if it is not in the trash
   */
  public void restore(Actor actor, Instant at) {
    actor.require(Permission.DELETE_RECORDS);
    if (deleted == null) {
      throw new RequestNotDeletedException(id);
    }
    deleted = null;
    updated = new Stamp(at, actor.userId());
  }

  /** Not completed and past its due date: derived on every read, never stored. */
  public boolean isOverdue(LocalDate today) {
    return status != RequestStatus.COMPLETED
        && details.dueOn() != null
        && details.dueOn().isBefore(today);
  }

  /** Every field of a new request, as changes from nothing, for the audit trail. */
  public List<FieldChange> describeCreation() {
    var changes = new ArrayList<>(compare(null, details));
    changes.add(new FieldChange("status", null, status.name()));
    return List.copyOf(changes);
  }

  private static List<FieldChange> compare(RequestDetails before, RequestDetails after) {
    return new Changes()
        .compare("clientId", before == null ? null : before.clientId(), after.clientId())
        .compare("typeId", before == null ? null : before.typeId(), after.typeId())
        .compare("title", before == null ? null : before.title(), after.title())
        .compare("description", before == null ? null : before.description(), after.description())
        .compare("reference", before == null ? null : before.reference(), after.reference())
        .compare("priority", before == null ? null : before.priority(), after.priority())
        .compare("dueOn", before == null ? null : before.dueOn(), after.dueOn())
        .list();
  }

  public ClientRequestId id() {
    return id;
  }

  public RequestDetails details() {
    return details;
  }

  public RequestStatus status() {
    return status;
  }

  public Optional<UserId> owner() {
    return Optional.ofNullable(owner);
  }

  public Stamp created() {
    return created;
  }

  public Stamp updated() {
    return updated;
  }

  public Optional<Instant> startedAt() {
    return Optional.ofNullable(startedAt);
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  public boolean isDeleted() {
    return deleted != null;
  }

  public Optional<Stamp> deleted() {
    return Optional.ofNullable(deleted);
  }

  public long version() {
    return version;
  }

  /** Everything a stored request holds; for {@link #reconstitute} and persistence adapters. */
  public record State(
      ClientRequestId id,
      RequestDetails details,
      RequestStatus status,
      UserId owner,
      Stamp created,
      Stamp updated,
      Instant startedAt,
      Instant completedAt,
      Stamp deleted,
      long version) {}
}
