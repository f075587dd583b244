package org.crms.adapters.web.contact;

import java.util.List;
import org.crms.adapters.web.shared.CsvColumn;
import org.crms.domain.contact.ContactRecord;

/**
 * The columns of the contact record export: the fields of {@link ContactRecordResponse} but the
 * version, with labels rather than codes, as a spreadsheet reader wants them.
 */
final class ContactRecordCsv {
  static final List<CsvColumn<ContactRecord>> COLUMNS =
      CsvColumn.withStamps(
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
              CsvColumn.of("Request id", record -> record.details().requestId())),
          ContactRecord::created,
          ContactRecord::updated);

  private ContactRecordCsv() {}
}
