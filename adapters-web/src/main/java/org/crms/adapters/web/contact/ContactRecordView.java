package org.crms.adapters.web.contact;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.crms.adapters.web.page.Formats;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.user.UserId;

/**
 * Every field of one contact record, written out for its page.
 *
 * @param requestId the request the contact was about, or null
 * @param createdBy the username of its creator, "system", or "unknown user" when its history names
 *     them nowhere
 */
public record ContactRecordView(
    String id,
    String paymentReference,
    String firstName,
    String lastName,
    String method,
    String contactedAt,
    String outcome,
    String outcomeBadge,
    String followUpOn,
    String notes,
    @Nullable String requestId,
    String createdAt,
    String createdBy,
    String updatedAt,
    String updatedBy) {

  /**
   * @param history the record's history, whose entries name the users behind its stamps
   */
  static ContactRecordView of(ContactRecord record, List<AuditEntry> history) {
    var details = record.details();
    return new ContactRecordView(
        record.id().value().toString(),
        details.paymentReference(),
        details.firstName(),
        details.lastName(),
        details.method().label(),
        Formats.dateTime(details.contactedAt()),
        details.outcome().label(),
        ContactChoices.badge(details.outcome()),
        Formats.date(details.followUpOn()),
        details.notes(),
        details.clientRequest().map(Object::toString).orElse(null),
        Formats.dateTime(record.created().at()),
        username(record.created().by(), history),
        Formats.dateTime(record.updated().at()),
        username(record.updated().by(), history));
  }

  public String fullName() {
    return firstName + " " + lastName;
  }

  private static String username(@Nullable UserId user, List<AuditEntry> history) {
    if (user == null) {
      return "system";
    }
    return history.stream()
        .filter(entry -> user.equals(entry.event().actor()))
        .map(entry -> entry.actorName().value())
        .findFirst()
        .orElse("unknown user");
  }
}
