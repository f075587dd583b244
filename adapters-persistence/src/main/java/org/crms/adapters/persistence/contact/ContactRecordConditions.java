package org.crms.adapters.persistence.contact;

import static org.crms.adapters.persistence.jooq.Tables.CONTACT_RECORD;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.time.LocalDate;
import org.crms.adapters.persistence.shared.LikePattern;
import org.crms.application.port.in.contact.ContactRecordFilter;
import org.crms.application.port.in.contact.TimeRange;
import org.crms.domain.contact.ContactOutcome;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The SQL of the contact record list's filter. It says "deleted_at IS NULL" (and the awaiting
 * outcome, inlined) itself, so that the partial indexes of V5 can serve the query.
 */
final class ContactRecordConditions {
  /** Written exactly as the trigram index contact_record_full_name_trgm_idx (V5), to match it. */
  private static final Field<String> FULL_NAME =
      DSL.field(
          "lower({0} || ' ' || {1})",
          SQLDataType.CLOB, CONTACT_RECORD.FIRST_NAME, CONTACT_RECORD.LAST_NAME);

  private ContactRecordConditions() {}

  static Condition matching(ContactRecordFilter filter) {
    return DSL.and(
        CONTACT_RECORD.DELETED_AT.isNull(),
        filter.requestId() == null
            ? noCondition()
            : CONTACT_RECORD.REQUEST_ID.eq(filter.requestId().value()),
        filter.method() == null
            ? noCondition()
            : CONTACT_RECORD.METHOD.eq(ContactRecordRecordMapper.methodCode(filter.method())),
        filter.outcome() == null
            ? noCondition()
            : CONTACT_RECORD.OUTCOME.eq(ContactRecordRecordMapper.outcomeCode(filter.outcome())),
        followUpDueBy(filter.followUpDueBy()),
        within(CONTACT_RECORD.CONTACTED_AT, filter.contacted()),
        within(CONTACT_RECORD.CREATED_AT, filter.created()),
        within(CONTACT_RECORD.UPDATED_AT, filter.updated()),
        filter.createdBy() == null
            ? noCondition()
            : CONTACT_RECORD.CREATED_BY.eq(filter.createdBy().value()),
        filter.text() == null ? noCondition() : containing(filter.text()));
  }

  /** Matches contact_record_live_follow_up_idx, whose predicate names the outcome as a literal. */
  private static Condition followUpDueBy(LocalDate day) {
    if (day == null) {
      return noCondition();
    }
    var awaiting = ContactRecordRecordMapper.outcomeCode(ContactOutcome.AWAITING_RESPONSE);
    return CONTACT_RECORD.OUTCOME.eq(inline(awaiting)).and(CONTACT_RECORD.FOLLOW_UP_ON.le(day));
  }

  private static Condition within(Field<Instant> column, TimeRange range) {
    var from = range.from() == null ? noCondition() : column.ge(range.from());
    var to = range.to() == null ? noCondition() : column.lt(range.to());
    return from.and(to);
  }

  /** Served by the trigram indexes on the lowered payment reference and full name. */
  private static Condition containing(String text) {
    var pattern = lower(val(LikePattern.containing(text)));
    return lower(CONTACT_RECORD.PAYMENT_REFERENCE)
        .like(pattern, LikePattern.ESCAPE)
        .or(FULL_NAME.like(pattern, LikePattern.ESCAPE));
  }
}
