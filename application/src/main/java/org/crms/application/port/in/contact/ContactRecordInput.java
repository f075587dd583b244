package org.crms.application.port.in.contact;

import java.time.Instant;
import java.time.LocalDate;
import org.crms.domain.contact.ContactDetails;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.InvalidValueException;

/**
 * What a person entered about a contact, before the domain's rules were applied: those need the
 * current time, which only the use case knows. Nothing here says who last updated the record; that
 * is always the acting user.
 *
 * @param contactedAt when the contact happened; when logging a new contact, null means "now"
 * @param requestId the client request the contact was about, or null; it must be a live request
 */
public record ContactRecordInput(
    String paymentReference,
    String firstName,
    String lastName,
    ContactMethod method,
    Instant contactedAt,
    ContactOutcome outcome,
    LocalDate followUpOn,
    String notes,
    ClientRequestId requestId) {

  /** The same input, contacted at {@code now} unless it says when. */
  public ContactRecordInput contactedNowIfMissing(Instant now) {
    if (contactedAt != null) {
      return this;
    }
    return new ContactRecordInput(
        paymentReference, firstName, lastName, method, now, outcome, followUpOn, notes, requestId);
  }

  /**
   * Applies the domain's rules, reporting every invalid field at once.
   *
   * @param now the current time: a contact cannot have happened after it
   * @throws InvalidValueException naming each field that broke its rule
   */
  public ContactDetails parse(Instant now) {
    return ContactDetails.parse(
        paymentReference,
        firstName,
        lastName,
        method,
        contactedAt,
        outcome,
        followUpOn,
        notes,
        requestId == null ? null : requestId.value(),
        now);
  }
}
