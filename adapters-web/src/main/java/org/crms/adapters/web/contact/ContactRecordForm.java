package org.crms.adapters.web.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.adapters.web.page.Formats;
import org.crms.application.port.in.contact.ContactRecordInput;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.Violations;

/**
 * The contact record form, as sent and as shown again: every value as the person typed it. Input
 * names are the domain's field names, so that its messages land next to their fields.
 *
 * @param contactedAt a {@code datetime-local} value in UTC, to the minute; empty for "now" when
 *     logging
 * @param contactedAtExact the stored contact time to the nanosecond (ISO 8601), kept while the
 *     person leaves the minute shown unchanged, so that saving does not cut off its seconds
 * @param requestTitle the title of the preselected request, only shown
 * @param fromRequest {@code true} when the request was given (the form was opened from it): then it
 *     is not offered for editing, and logging goes back to the request's page
 * @param version the version the edit is based on
 */
@Serdeable
public record ContactRecordForm(
    @Nullable String paymentReference,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String method,
    @Nullable String contactedAt,
    @Nullable String contactedAtExact,
    @Nullable String outcome,
    @Nullable String followUpOn,
    @Nullable String notes,
    @Nullable String requestId,
    @Nullable String requestTitle,
    @Nullable String fromRequest,
    @Nullable String version) {

  /** An empty form, about the given request when there is one. */
  static ContactRecordForm blank(@Nullable UUID requestId, @Nullable String requestTitle) {
    var request = requestId == null ? null : requestId.toString();
    var given = requestId == null ? null : "true";
    return new ContactRecordForm(
        null, null, null, null, null, null, null, null, null, request, requestTitle, given, null);
  }

  /** The stored record, to edit. */
  static ContactRecordForm of(ContactRecord record) {
    var details = record.details();
    var request = details.clientRequest().map(UUID::toString).orElse(null);
    return new ContactRecordForm(
        details.paymentReference(),
        details.firstName(),
        details.lastName(),
        details.method().name(),
        Formats.dateTimeInput(details.contactedAt()),
        details.contactedAt().toString(),
        details.outcome().name(),
        Formats.date(details.followUpOn()),
        details.notes(),
        request,
        null,
        request == null ? null : "true",
        Long.toString(record.version()));
  }

  /** The same values, based on another version: re-applied over the stored one when sent. */
  ContactRecordForm basedOn(long storedVersion) {
    return new ContactRecordForm(
        paymentReference,
        firstName,
        lastName,
        method,
        contactedAt,
        contactedAtExact,
        outcome,
        followUpOn,
        notes,
        requestId,
        requestTitle,
        fromRequest,
        Long.toString(storedVersion));
  }

  /** Whether the request was given rather than typed in. */
  public boolean requestGiven() {
    return "true".equals(fromRequest) && !blank(requestId);
  }

  /**
   * What the person entered, read into values; the domain then judges them.
   *
   * @throws InvalidValueException naming every field whose text is no value of its kind
   */
  ContactRecordInput input() {
    var violations = new Violations();
    var methodCode =
        violations.check(() -> ContactFormValues.code("method", method, ContactMethod.class));
    var outcomeCode =
        violations.check(() -> ContactFormValues.code("outcome", outcome, ContactOutcome.class));
    var contacted =
        violations.check(() -> ContactFormValues.contactTime(contactedAt, contactedAtExact));
    var followUp = violations.check(() -> ContactFormValues.followUpDate(followUpOn));
    var request = violations.check(() -> ContactFormValues.request(requestId));
    violations.throwIfAny();
    return new ContactRecordInput(
        paymentReference,
        firstName,
        lastName,
        methodCode,
        contacted,
        outcomeCode,
        followUp,
        notes,
        request);
  }

  /**
   * @throws BadRequestException if the hidden version is missing or no number: a forged form
   */
  long expectedVersion() {
    try {
      return Long.parseLong(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("version", "The form lacks the version it was based on.");
    }
  }

  private static boolean blank(@Nullable String raw) {
    return raw == null || raw.isBlank();
  }
}
