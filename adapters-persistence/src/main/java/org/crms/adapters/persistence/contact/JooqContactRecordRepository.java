package org.crms.adapters.persistence.contact;

import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;
import static org.crms.adapters.persistence.jooq.Tables.CONTACT_RECORD;
import static org.jooq.impl.DSL.noCondition;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crms.application.port.in.contact.ContactRecordFilter;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.application.port.out.ContactRecordRepository;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.StaleAggregateException;
import org.jooq.DSLContext;

/** Contact records in PostgreSQL. Runs inside the caller's transaction and never opens one. */
@Singleton
public final class JooqContactRecordRepository implements ContactRecordRepository {
  private final DSLContext dsl;

  public JooqContactRecordRepository(DSLContext dsl) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
  }

  @Override
  public Optional<ContactRecord> findById(ContactRecordId id) {
    return dsl.selectFrom(CONTACT_RECORD)
        .where(CONTACT_RECORD.ID.eq(id.value()))
        .fetchOptional(ContactRecordRecordMapper::toDomain);
  }

  @Override
  public boolean liveRequestExists(ClientRequestId id) {
    return dsl.fetchExists(
        CLIENT_REQUEST, CLIENT_REQUEST.ID.eq(id.value()).and(CLIENT_REQUEST.DELETED_AT.isNull()));
  }

  @Override
  public List<ContactRecord> list(
      ContactRecordFilter filter, ContactRecordSort sort, ContactRecordPosition after, int limit) {
    return dsl.selectFrom(CONTACT_RECORD)
        .where(ContactRecordConditions.matching(filter))
        .and(after == null ? noCondition() : ContactRecordOrder.after(after))
        .orderBy(ContactRecordOrder.orderBy(sort))
        .limit(limit)
        .fetch(ContactRecordRecordMapper::toDomain);
  }

  @Override
  public ContactRecord add(ContactRecord record) {
    return dsl.insertInto(CONTACT_RECORD)
        .set(ContactRecordRecordMapper.toRecord(record))
        .returning()
        .fetchOne(ContactRecordRecordMapper::toDomain);
  }

  @Override
  public ContactRecord update(ContactRecord record) {
    return dsl.update(CONTACT_RECORD)
        .set(ContactRecordRecordMapper.changeableColumns(record))
        .set(CONTACT_RECORD.VERSION, CONTACT_RECORD.VERSION.plus(1))
        .where(CONTACT_RECORD.ID.eq(record.id().value()))
        .and(CONTACT_RECORD.VERSION.eq(record.version()))
        .returning()
        .fetchOptional(ContactRecordRecordMapper::toDomain)
        .orElseThrow(() -> new StaleAggregateException("Contact record", record.id()));
  }
}
