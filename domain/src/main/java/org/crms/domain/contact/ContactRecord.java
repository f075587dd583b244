package org.crms.domain.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.crms.domain.shared.Changes;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;

/**
 * A contact made with a person, optionally about one client request: who, how, when, what came of
 * it and when to follow it up. Records are never removed: deletion moves them to the trash, from
 * which an admin can restore them. The last update is always stamped with the acting user.
 */
public final class ContactRecord {
  private static final List<Field> AUDITED_FIELDS =
      List.of(
          new Field("paymentReference", ContactDetails::paymentReference),
          new Field("firstName", ContactDetails::firstName),
          new Field("lastName", ContactDetails::lastName),
          new Field("method", ContactDetails::method),
          new Field("contactedAt", ContactDetails::contactedAt),
          new Field("outcome", ContactDetails::outcome),
          new Field("followUpOn", ContactDetails::followUpOn),
          new Field("notes", ContactDetails::notes),
          new Field("requestId", ContactDetails::requestId));

  private final ContactRecordId id;
  private ContactDetails details;
  private final Instant createdAt;
  private final UserId createdBy;
  private Instant updatedAt;
  private UserId updatedBy;
  private Instant deletedAt;
  private UserId deletedBy;
  private final long version;

  private ContactRecord(
      ContactRecordId id,
      ContactDetails details,
      Stamp created,
      Stamp updated,
      Stamp deleted,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.details = Objects.requireNonNull(details, "details");
    this.createdAt = Objects.requireNonNull(created, "created").at();
    this.createdBy = created.by();
    this.updatedAt = Objects.requireNonNull(updated, "updated").at();
    this.updatedBy = updated.by();
    this.deletedAt = deleted == null ? null : deleted.at();
    this.deletedBy = deleted == null ? null : deleted.by();
    this.version = version;
  }

  /**
   * A new contact record, created and last updated by the actor.
   *
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  public static ContactRecord log(ContactDetails details, Actor actor, Instant at) {
    actor.require(Permission.EDIT_RECORDS);
    var stamp = new Stamp(at, actor.userId());
    return new ContactRecord(ContactRecordId.newId(), details, stamp, stamp, null, 0);
  }

  /**
   * Rebuilds a stored contact record. For persistence adapters only: it skips the creation rules
   * (but not null checks).
   *
   * @param deleted when and by whom it was moved to the trash, or null for a live record
   */
  public static ContactRecord reconstitute(
      ContactRecordId id,
      ContactDetails details,
      Stamp created,
      Stamp updated,
      Stamp deleted,
      long version) {
    return new ContactRecord(id, details, created, updated, deleted, version);
  }

  /**
   * Replaces the editable details and stamps the actor as the one who updated the record.
   *
   * @return the fields that changed; empty when nothing did, in which case nothing is stamped
   *     either
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  public List<FieldChange> revise(ContactDetails next, Actor actor, Instant at) {
    actor.require(Permission.EDIT_RECORDS);
    var changes = compare(details, Objects.requireNonNull(next, "details"));
    if (!changes.isEmpty()) {
      details = next;
      updatedAt = at;
      updatedBy = actor.userId();
    }
    return changes;
  }

  /**
   * Moves the record to the trash.
   *
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   */
  public void delete(Actor actor, Instant at) {
    actor.require(Permission.DELETE_RECORDS);
    deletedAt = at;
    deletedBy = actor.userId();
    updatedAt = at;
    updatedBy = actor.userId();
  }

  /**
   * Brings the record back from the trash.
   *
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   * @throws ContactRecordNotDeletedException if the record is not in the trash
   */
  public void restore(Actor actor, Instant at) {
    actor.require(Permission.DELETE_RECORDS);
    if (!isDeleted()) {
      throw new ContactRecordNotDeletedException(id);
    }
    deletedAt = null;
    deletedBy = null;
    updatedAt = at;
    updatedBy = actor.userId();
  }

  /**
   * Every field of a new record that has a value, as a change from nothing, for the creation entry
   * of the audit trail.
   */
  public List<FieldChange> describeCreation() {
    return compare(null, details);
  }

  private static List<FieldChange> compare(ContactDetails before, ContactDetails after) {
    var changes = new Changes();
    for (var field : AUDITED_FIELDS) {
      var old = before == null ? null : field.read().apply(before);
      changes.compare(field.name(), old, field.read().apply(after));
    }
    return changes.list();
  }

  /** Whether the contact still waits for the other side to answer. */
  public boolean isAwaitingResponse() {
    return details.outcome() == ContactOutcome.AWAITING_RESPONSE;
  }

  /** Whether the contact awaits a response and its follow-up date has passed by {@code today}. */
  public boolean isFollowUpDue(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return isAwaitingResponse()
        && details.followUpDate().map(date -> date.isBefore(today)).orElse(false);
  }

  public ContactRecordId id() {
    return id;
  }

  public ContactDetails details() {
    return details;
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

  private record Field(String name, Function<ContactDetails, Object> read) {}
}
