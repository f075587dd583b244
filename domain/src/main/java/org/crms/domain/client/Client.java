package org.crms.domain.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crms.domain.shared.Changes;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;

/**
 * A customer of the team: who they are and how to reach them. Clients are never removed: deletion
 * moves them to the trash, from which an admin can restore them.
 */
public final class Client {
  private final ClientId id;
  private ClientDetails details;
  private final Instant createdAt;
  private final UserId createdBy;
  private Instant updatedAt;
  private UserId updatedBy;
  private Instant deletedAt;
  private UserId deletedBy;
  private final long version;

  private Client(
      ClientId id,
      ClientDetails details,
      Stamp created,
      Stamp updated,
      Stamp deleted,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.details = Objects.requireNonNull(details, "details");
    this.createdAt = created.at();
    this.createdBy = created.by();
    this.updatedAt = updated.at();
    this.updatedBy = updated.by();
    this.deletedAt = deleted == null ? null : deleted.at();
    this.deletedBy = deleted == null ? null : deleted.by();
    this.version = version;
  }

  /**
   * A new client. Uniqueness of the name is checked by the service against the repository.
   *
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  public static Client open(ClientDetails details, Actor actor, Instant at) {
    actor.require(Permission.EDIT_RECORDS);
    var stamp = new Stamp(at, actor.userId());
    return new Client(ClientId.newId(), details, stamp, stamp, null, 0);
  }

  /**
   * Rebuilds a stored client. For persistence adapters only: it skips the creation rules (but not
   * null checks).
   *
   * @param deleted when and by whom it was moved to the trash, or null for a live client
   */
  public static Client reconstitute(
      ClientId id,
      ClientDetails details,
      Stamp created,
      Stamp updated,
      Stamp deleted,
      long version) {
    return new Client(id, details, created, updated, deleted, version);
  }

  /**
   * Replaces the editable details.
   *
   * @return the fields that changed; empty when nothing did, in which case nothing is stamped
   *     either
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  public List<FieldChange> revise(ClientDetails next, Actor actor, Instant at) {
    actor.require(Permission.EDIT_RECORDS);
    var changes = compare(details, next);
    if (!changes.isEmpty()) {
      details = next;
      updatedAt = at;
      updatedBy = actor.userId();
    }
    return changes;
  }

  /**
   * Moves the client to the trash. Only a client without live requests may go: its requests would
   * otherwise belong to nobody anyone can see.
   *
   * @param liveRequests how many requests not in the trash belong to this client
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   * @throws ClientStillInUseException if live requests belong to the client
   */
  public void delete(Actor actor, long liveRequests, Instant at) {
    actor.require(Permission.DELETE_RECORDS);
    if (liveRequests > 0) {
      throw new ClientStillInUseException(details.name(), liveRequests);
    }
    deletedAt = at;
    deletedBy = actor.userId();
    updatedAt = at;
    updatedBy = actor.userId();
  }

  /**
   * Brings the client back from the trash.
   *
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   * @throws ClientNotDeletedException if the client is not in the trash
   */
  public void restore(Actor actor, Instant at) {
    actor.require(Permission.DELETE_RECORDS);
    if (!isDeleted()) {
      throw new ClientNotDeletedException(id);
    }
    deletedAt = null;
    deletedBy = null;
    updatedAt = at;
    updatedBy = actor.userId();
  }

  /**
   * Every field of a new client, as changes from nothing, for the creation entry of the audit
   * trail.
   */
  public List<FieldChange> describeCreation() {
    return compare(null, details);
  }

  private static List<FieldChange> compare(ClientDetails before, ClientDetails after) {
    return new Changes()
        .compare("name", before == null ? null : before.name(), after.name())
        .compare("email", before == null ? null : before.email(), after.email())
        .compare("phone", before == null ? null : before.phone(), after.phone())
        .compare("companyUrl", before == null ? null : before.companyUrl(), after.companyUrl())
        .compare("active", before == null ? null : before.active(), after.active())
        .list();
  }

  public ClientId id() {
    return id;
  }

  public ClientDetails details() {
    return details;
  }

  public ClientName name() {
    return details.name();
  }

  public boolean isActive() {
    return details.active();
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public Stamp created() {
    return new Stamp(createdAt, createdBy);
  }

  public Stamp updated() {
    return new Stamp(updatedAt, updatedBy);
  }

  public Optional<Stamp> deleted() {
    return isDeleted() ? Optional.of(new Stamp(deletedAt, deletedBy)) : Optional.empty();
  }

  /** The stored version this state was read at; a change saved against an older one is refused. */
  public long version() {
    return version;
  }
}
