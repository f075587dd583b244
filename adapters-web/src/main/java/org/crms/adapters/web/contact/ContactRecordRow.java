package org.crms.adapters.web.contact;

import io.micronaut.core.annotation.Nullable;
import org.crms.adapters.web.page.Formats;
import org.crms.domain.contact.ContactRecord;

/**
 * One line of the contact record list, written out for reading.
 *
 * @param outcomeBadge the CSS classes of the outcome's badge
 * @param requestId the request the contact was about, or null
 */
public record ContactRecordRow(
    String id,
    String contactedAt,
    String firstName,
    String lastName,
    String paymentReference,
    String method,
    String outcome,
    String outcomeBadge,
    String followUpOn,
    @Nullable String requestId) {

  static ContactRecordRow from(ContactRecord record) {
    var details = record.details();
    return new ContactRecordRow(
        record.id().value().toString(),
        Formats.dateTime(details.contactedAt()),
        details.firstName(),
        details.lastName(),
        details.paymentReference(),
        details.method().label(),
        details.outcome().label(),
        ContactChoices.badge(details.outcome()),
        Formats.date(details.followUpOn()),
        details.clientRequest().map(Object::toString).orElse(null));
  }
}
