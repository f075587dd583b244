package org.crms.application.service.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.contact.ContactRecordFilter;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.application.port.in.contact.GetContactRecordQuery;
import org.crms.application.port.in.contact.GetContactRecordUseCase;
import org.crms.application.port.in.contact.ListContactRecordsQuery;
import org.crms.application.port.in.contact.ListContactRecordsUseCase;
import org.crms.application.port.out.ContactRecordRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.user.Permission;

/** Reads contact records: one by id, or a page of the list. */
public final class ContactRecordQueryService
    implements GetContactRecordUseCase, ListContactRecordsUseCase {
  private final ContactRecordRepository records;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ContactRecordQueryService(
      ContactRecordRepository records, UnitOfWork unitOfWork, Clock clock) {
    this.records = records;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public ContactRecord get(GetContactRecordQuery query) {
    query.actor().require(Permission.VIEW_RECORDS);
    return unitOfWork.readOnly(() -> LiveContactRecords.require(records, query.recordId()));
  }

  @Override
  public Page<ContactRecord, ContactRecordPosition> list(ListContactRecordsQuery query) {
    query.actor().require(Permission.VIEW_RECORDS);
    var filter = effectiveFilter(query);
    var sort = query.sort();
    return Page.fetch(
        query.limit(),
        rows -> unitOfWork.readOnly(() -> records.list(filter, sort, query.after(), rows)),
        record -> ContactRecordPosition.of(record, sort));
  }

  /** Turns "due by today" and "mine" into the day (in UTC) and the user they mean. */
  private ContactRecordFilter effectiveFilter(ListContactRecordsQuery query) {
    var filter = query.filter();
    if (query.followUpDue()) {
      filter = filter.withFollowUpDueBy(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
    if (query.mine()) {
      filter = filter.withCreatedBy(query.actor().userId());
    }
    return filter;
  }
}
