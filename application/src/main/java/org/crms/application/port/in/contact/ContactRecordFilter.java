package org.crms.application.port.in.contact;

import java.time.LocalDate;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.user.UserId;

/**
 * Which live contact records a list shows. A null criterion (or {@link TimeRange#ANY}) lets every
 * record through; the criteria that are set must all hold.
 *
 * @param requestId only records about this client request (a request's page lists its contacts)
 * @param followUpDueBy only records awaiting a response whose follow-up date is on or before this
 *     day
 * @param contacted only records whose contact happened within this range
 * @param created only records created within this range
 * @param updated only records last updated within this range
 * @param createdBy only records created by this user
 * @param text a fragment of the payment reference or of the full name ("first last"), compared
 *     regardless of case; null or blank for any
 */
public record ContactRecordFilter(
    ClientRequestId requestId,
    ContactMethod method,
    ContactOutcome outcome,
    LocalDate followUpDueBy,
    TimeRange contacted,
    TimeRange created,
    TimeRange updated,
    UserId createdBy,
    String text) {
  public ContactRecordFilter {
    contacted = contacted == null ? TimeRange.ANY : contacted;
    created = created == null ? TimeRange.ANY : created;
    updated = updated == null ? TimeRange.ANY : updated;
    text = text == null || text.isBlank() ? null : text.strip();
  }

  /** Every live record. */
  public static ContactRecordFilter all() {
    return new ContactRecordFilter(null, null, null, null, null, null, null, null, null);
  }

  /** The same filter, showing only records whose follow-up is due by that day. */
  public ContactRecordFilter withFollowUpDueBy(LocalDate day) {
    return new ContactRecordFilter(
        requestId, method, outcome, day, contacted, created, updated, createdBy, text);
  }

  /** The same filter, showing only records that user created. */
  public ContactRecordFilter withCreatedBy(UserId user) {
    return new ContactRecordFilter(
        requestId, method, outcome, followUpDueBy, contacted, created, updated, user, text);
  }
}
