package org.crms.adapters.web.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.crms.adapters.web.shared.EntityTags;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.user.UserId;

/**
 * A contact record as the API shows it. Absent optional fields are {@code null}, so every record
 * has the same shape.
 *
 * @param method the code, e.g. {@code IN_PERSON}; {@code methodLabel} is what people read ("In
 *     person")
 * @param outcome the code, e.g. {@code AWAITING_RESPONSE}; {@code outcomeLabel} is what people read
 *     ("Awaiting response")
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ContactRecordResponse(
    UUID id,
    String paymentReference,
    String firstName,
    String lastName,
    String method,
    String methodLabel,
    Instant contactedAt,
    String outcome,
    String outcomeLabel,
    LocalDate followUpOn,
    String notes,
    UUID requestId,
    Instant createdAt,
    UUID createdBy,
    Instant updatedAt,
    UUID updatedBy,
    long version) {

  static ContactRecordResponse from(ContactRecord record) {
    var details = record.details();
    return new ContactRecordResponse(
        record.id().value(),
        details.paymentReference(),
        details.firstName(),
        details.lastName(),
        details.method().name(),
        details.method().label(),
        details.contactedAt(),
        details.outcome().name(),
        details.outcome().label(),
        details.followUpOn(),
        details.notes(),
        details.requestId(),
        record.created().at(),
        idOf(record.created().by()),
        record.updated().at(),
        idOf(record.updated().by()),
        record.version());
  }

  /** 200 with the record, and its version as {@code ETag}. */
  static HttpResponse<ContactRecordResponse> tagged(ContactRecord record) {
    return EntityTags.tagged(HttpResponse.ok(from(record)), record.version());
  }

  private static UUID idOf(UserId user) {
    return user == null ? null : user.value();
  }
}
