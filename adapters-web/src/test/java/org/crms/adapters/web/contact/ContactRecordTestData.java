package org.crms.adapters.web.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.crms.domain.contact.ContactDetails;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;

/** Stored contact records as a use case would return them. */
final class ContactRecordTestData {
  static final ContactRecordId RECORD_ID =
      new ContactRecordId(UUID.fromString("33333333-4444-5555-6666-777777777777"));
  static final UUID REQUEST_ID = UUID.fromString("44444444-5555-6666-7777-888888888888");
  static final UserId CREATOR = new UserId(UUID.fromString("99999999-0000-0000-0000-000000000003"));
  static final UserId EDITOR = new UserId(UUID.fromString("99999999-0000-0000-0000-000000000004"));
  static final Instant CONTACTED = Instant.parse("2026-02-02T08:30:00Z");
  static final Instant CREATED = Instant.parse("2026-02-02T09:00:00Z");
  static final Instant UPDATED = Instant.parse("2026-02-03T12:15:00Z");
  static final LocalDate FOLLOW_UP = LocalDate.of(2026, 2, 9);

  private ContactRecordTestData() {}

  /** An in-person contact awaiting a response, about a request, edited by someone else. */
  static ContactRecord awaiting(long version) {
    var details =
        new ContactDetails(
            "PAY-2026-0042",
            "Ada",
            "Lovelace",
            ContactMethod.IN_PERSON,
            CONTACTED,
            ContactOutcome.AWAITING_RESPONSE,
            FOLLOW_UP,
            "Card replaced; waiting for the bank.",
            REQUEST_ID);
    return ContactRecord.reconstitute(
        RECORD_ID, details, new Stamp(CREATED, CREATOR), new Stamp(UPDATED, EDITOR), null, version);
  }

  /** A phone contact without follow-up or request, logged by the system. */
  static ContactRecord bare() {
    return bare("Paid.");
  }

  /** As {@link #bare()}, with these notes. */
  static ContactRecord bare(String notes) {
    var details =
        new ContactDetails(
            "INV-7",
            "Alan",
            "Turing",
            ContactMethod.PHONE,
            CONTACTED,
            ContactOutcome.CONTACT_SUCCESSFUL,
            null,
            notes,
            null);
    return ContactRecord.reconstitute(
        ContactRecordId.newId(),
        details,
        new Stamp(CREATED, null),
        new Stamp(CREATED, null),
        null,
        0);
  }
}
