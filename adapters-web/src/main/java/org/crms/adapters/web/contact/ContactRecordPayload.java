package org.crms.adapters.web.contact;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.crms.application.port.in.contact.ContactRecordInput;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.Violations;

/**
 * The editable fields of a contact record as sent by API clients. Codes, times, dates and ids
 * arrive as text and are read here, so that a malformed one is reported by its field (422) rather
 * than as an unreadable body. There is no "updated by": the acting user always is; a payload that
 * claims otherwise has that member ignored.
 *
 * @param method a {@link ContactMethod} code, e.g. {@code PHONE}
 * @param contactedAt ISO 8601 with an offset, e.g. {@code 2026-01-05T09:30:00Z}; when logging a new
 *     contact, absent means now
 * @param outcome a {@link ContactOutcome} code, e.g. {@code AWAITING_RESPONSE}
 * @param followUpOn an ISO 8601 date, e.g. {@code 2026-01-12}
 * @param requestId the id of the client request the contact was about
 */
@Serdeable
record ContactRecordPayload(
    String paymentReference,
    String firstName,
    String lastName,
    String method,
    String contactedAt,
    String outcome,
    String followUpOn,
    String notes,
    String requestId) {

  /**
   * @throws InvalidValueException naming every field that could not be read
   */
  ContactRecordInput input() {
    var violations = new Violations();
    var methodCode = violations.check(() -> code("method", method, ContactMethod.class));
    var outcomeCode = violations.check(() -> code("outcome", outcome, ContactOutcome.class));
    var contacted = violations.check(this::contactTime);
    var followUp = violations.check(this::followUpDate);
    var request = violations.check(this::request);
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

  private static <E extends Enum<E>> E code(String field, String raw, Class<E> type) {
    if (blank(raw)) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(field, "Use one of " + QueryValues.codes(type) + ".");
    }
  }

  private Instant contactTime() {
    if (blank(contactedAt)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(contactedAt.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "contactedAt", "Use a date and time with an offset, e.g. 2026-01-05T09:30:00Z.");
    }
  }

  private LocalDate followUpDate() {
    if (blank(followUpOn)) {
      return null;
    }
    try {
      return LocalDate.parse(followUpOn.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("followUpOn", "Use a date, e.g. 2026-01-12.");
    }
  }

  private ClientRequestId request() {
    if (blank(requestId)) {
      return null;
    }
    try {
      return new ClientRequestId(UUID.fromString(requestId.strip()));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("requestId", "Use the id of a client request.");
    }
  }

  private static boolean blank(String raw) {
    return raw == null || raw.isBlank();
  }
}
