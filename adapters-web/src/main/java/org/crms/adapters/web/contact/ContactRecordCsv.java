package org.crms.adapters.web.contact;

import java.util.List;
import java.util.UUID;
import org.crms.adapters.web.shared.CsvColumn;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.user.UserId;

/** The columns of the contact record export: what a spreadsheet user reads, labels not codes. */
final class ContactRecordCsv {
  static final List<CsvColumn<ContactRecord>> COLUMNS =
      List.of(
          CsvColumn.of("Id", record -> record.id().value()),
          CsvColumn.of("Payment reference", record -> record.details().paymentReference()),
          CsvColumn.of("First name", record -> record.details().firstName()),
          CsvColumn.of("Last name", record -> record.details().lastName()),
          CsvColumn.of("Method", record -> record.details().method().label()),
          CsvColumn.of("Contacted at", record -> record.details().contactedAt()),
          CsvColumn.of("Outcome", record -> record.details().outcome().label()),
          CsvColumn.of("Follow-up on", record -> record.details().followUpOn()),
          CsvColumn.of("Notes", record -> record.details().notes()),
          CsvColumn.of("Request id", record -> record.details().requestId()),
          CsvColumn.of("Created at", record -> record.created().at()),
          CsvColumn.of("Created by", record -> idOf(record.created().by())),
          CsvColumn.of("Updated at", record -> record.updated().at()),
          CsvColumn.of("Updated by", record -> idOf(record.updated().by())));

  private ContactRecordCsv() {}

  private static UUID idOf(UserId user) {
    return user == null ? null : user.value();
  }
}
