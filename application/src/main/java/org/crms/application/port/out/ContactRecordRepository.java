package org.crms.application.port.out;

import java.util.List;
import java.util.Optional;
import org.crms.application.port.in.contact.ContactRecordFilter;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.request.ClientRequestId;

/** Loads and stores contact records; applies no business rules. */
public interface ContactRecordRepository {
  /** The record with that id, live or in the trash. */
  Optional<ContactRecord> findById(ContactRecordId id);

  /** Whether a client request with that id exists and is not in the trash. */
  boolean liveRequestExists(ClientRequestId id);

  /**
   * Live records matching the filter, in the sort's order, strictly after the position when one is
   * given.
   *
   * @param after a position in the same sort, or null for the first page
   */
  List<ContactRecord> list(
      ContactRecordFilter filter, ContactRecordSort sort, ContactRecordPosition after, int limit);

  /**
   * Stores a new record.
   *
   * @return the record as stored
   */
  ContactRecord add(ContactRecord record);

  /**
   * Stores a changed record, provided the stored version is still the one it was read at.
   *
   * @return the record as stored, with its new version
   * @throws org.crms.domain.shared.StaleAggregateException if the stored version moved on
   */
  ContactRecord update(ContactRecord record);
}
