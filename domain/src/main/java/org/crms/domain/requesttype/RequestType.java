package org.crms.domain.requesttype;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crms.domain.shared.Changes;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.Stamp;

/**
 * A kind of request the team handles, e.g. "SEO Tech Check" or "Rejected payment", with the usual
 * number of days it takes. Never removed: deletion moves it to the trash, and only a type without
 * live requests may be deleted (checked by the service, which can count them).
 */
public final class RequestType {
  private final RequestTypeId id;
  private RequestTypeDetails details;
  private final Stamp created;
  private Stamp updated;
  private Stamp deleted;
  private final long version;

  private RequestType(
      RequestTypeId id,
      RequestTypeDetails details,
      Stamp created,
      Stamp updated,
      Stamp deleted,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.details = Objects.requireNonNull(details, "details");
    this.created = Objects.requireNonNull(created, "created");
    this.updated = Objects.requireNonNull(updated, "updated");
    this.deleted = deleted;
    this.version = version;
  }

  /**
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  public static RequestType define(RequestTypeDetails details, Actor actor, Instant at) {
    actor.require(Permission.EDIT_RECORDS);
    var stamp = new Stamp(at, actor.userId());
    return new RequestType(RequestTypeId.newId(), details, stamp, stamp, null, 0);
  }

  /**
   * Rebuilds a stored type. For persistence adapters only: it skips the creation rules (but not
   * null checks).
   */
  public static RequestType reconstitute(
      RequestTypeId id,
      RequestTypeDetails details,
      Stamp created,
      Stamp updated,
      Stamp deleted,
      long version) {
    return new RequestType(id, details, created, updated, deleted, version);
  }

  /**
   * @return the fields that changed; empty when nothing did, in which case nothing is stamped
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  public List<FieldChange> revise(RequestTypeDetails next, Actor actor, Instant at) {
    actor.require(Permission.EDIT_RECORDS);
    var changes = compare(details, next);
    if (!changes.isEmpty()) {
      details = next;
      updated = new Stamp(at, actor.userId());
    }
    return changes;
  }

  /**
   * Moves the type to the trash.
   *
   * @param liveRequests how many requests not in the trash still have this type
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   * @throws TypeStillInUseException if requests still have this type
   */
  public void delete(Actor actor, long liveRequests, Instant at) {
    actor.require(Permission.DELETE_RECORDS);
    if (liveRequests > 0) {
      throw new TypeStillInUseException(details.name(), liveRequests);
    }
    deleted = new Stamp(at, actor.userId());
    updated = deleted;
  }

  /**
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   * @throws RequestTypeNotDeletedException if it is not in the trash
   */
  public void restore(Actor actor, Instant at) {
    actor.require(Permission.DELETE_RECORDS);
    if (deleted == null) {
      throw new RequestTypeNotDeletedException(id);
    }
    deleted = null;
    updated = new Stamp(at, actor.userId());
  }

  public List<FieldChange> describeCreation() {
    return compare(null, details);
  }

  private static List<FieldChange> compare(RequestTypeDetails before, RequestTypeDetails after) {
    return new Changes()
        .compare("name", before == null ? null : before.name(), after.name())
        .compare("description", before == null ? null : before.description(), after.description())
        .compare(
            "targetDays",
            before == null || before.targetDays() == null ? null : before.targetDays().value(),
            after.targetDays() == null ? null : after.targetDays().value())
        .compare("active", before == null ? null : before.active(), after.active())
        .list();
  }

  public RequestTypeId id() {
    return id;
  }

  public RequestTypeDetails details() {
    return details;
  }

  public RequestTypeName name() {
    return details.name();
  }

  public boolean isActive() {
    return details.active();
  }

  public Stamp created() {
    return created;
  }

  public Stamp updated() {
    return updated;
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
}
