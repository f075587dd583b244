package org.crms.adapters.persistence.contact;

import org.crms.adapters.persistence.jooq.tables.records.ContactRecordRecord;
import org.crms.adapters.persistence.shared.Stamps;
import org.crms.domain.contact.ContactDetails;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;

/**
 * Translates between {@link ContactRecord} and rows of {@code contact_record}. Methods and outcomes
 * are stored as codes spelled out here, so that renaming a constant cannot change stored data.
 */
final class ContactRecordRecordMapper {
  private ContactRecordRecordMapper() {}

  static ContactRecord toDomain(ContactRecordRecord row) {
    var details =
        new ContactDetails(
            row.getPaymentReference(),
            row.getFirstName(),
            row.getLastName(),
            method(row.getMethod()),
            row.getContactedAt(),
            outcome(row.getOutcome()),
            row.getFollowUpOn(),
            row.getNotes(),
            row.getRequestId());
    return ContactRecord.reconstitute(
        new ContactRecordId(row.getId()),
        details,
        Stamps.of(row.getCreatedAt(), row.getCreatedBy()),
        Stamps.of(row.getUpdatedAt(), row.getUpdatedBy()),
        Stamps.deletedOrNull(row.getDeletedAt(), row.getDeletedBy()),
        row.getVersion());
  }

  /** A new row holding every field of the record. */
  static ContactRecordRecord toRecord(ContactRecord record) {
    var row = changeableColumns(record);
    row.setId(record.id().value());
    row.setCreatedAt(record.created().at());
    row.setCreatedBy(Stamps.userId(record.created().by()));
    row.setVersion(record.version());
    return row;
  }

  /**
   * A row in which only the columns an update may change are set (all but identity, creation and
   * version); jOOQ writes only the columns that were set.
   */
  static ContactRecordRecord changeableColumns(ContactRecord record) {
    var details = record.details();
    var deleted = record.deleted();
    var row = new ContactRecordRecord();
    row.setPaymentReference(details.paymentReference());
    row.setFirstName(details.firstName());
    row.setLastName(details.lastName());
    row.setMethod(methodCode(details.method()));
    row.setContactedAt(details.contactedAt());
    row.setOutcome(outcomeCode(details.outcome()));
    row.setFollowUpOn(details.followUpOn());
    row.setNotes(details.notes());
    row.setRequestId(details.requestId());
    row.setUpdatedAt(record.updated().at());
    row.setUpdatedBy(Stamps.userId(record.updated().by()));
    row.setDeletedAt(deleted.map(Stamp::at).orElse(null));
    row.setDeletedBy(deleted.map(Stamp::by).map(UserId::value).orElse(null));
    return row;
  }

  static String methodCode(ContactMethod method) {
    return switch (method) {
      case PHONE -> "PHONE";
      case EMAIL -> "EMAIL";
      case LETTER -> "LETTER";
      case SMS -> "SMS";
      case IN_PERSON -> "IN_PERSON";
      case OTHER -> "OTHER";
    };
  }

  static ContactMethod method(String code) {
    return switch (code) {
      case "PHONE" -> ContactMethod.PHONE;
      case "EMAIL" -> ContactMethod.EMAIL;
      case "LETTER" -> ContactMethod.LETTER;
      case "SMS" -> ContactMethod.SMS;
      case "IN_PERSON" -> ContactMethod.IN_PERSON;
      case "OTHER" -> ContactMethod.OTHER;
      default -> throw new IllegalStateException("Unknown code in contact_record.method: " + code);
    };
  }

  static String outcomeCode(ContactOutcome outcome) {
    return switch (outcome) {
      case CONTACT_SUCCESSFUL -> "CONTACT_SUCCESSFUL";
      case AWAITING_RESPONSE -> "AWAITING_RESPONSE";
      case NO_CONTACT_POSSIBLE -> "NO_CONTACT_POSSIBLE";
    };
  }

  static ContactOutcome outcome(String code) {
    return switch (code) {
      case "CONTACT_SUCCESSFUL" -> ContactOutcome.CONTACT_SUCCESSFUL;
      case "AWAITING_RESPONSE" -> ContactOutcome.AWAITING_RESPONSE;
      case "NO_CONTACT_POSSIBLE" -> ContactOutcome.NO_CONTACT_POSSIBLE;
      default -> throw new IllegalStateException("Unknown code in contact_record.outcome: " + code);
    };
  }
}
