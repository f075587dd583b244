package org.crms.adapters.persistence.dashboard;

import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;
import static org.crms.adapters.persistence.jooq.Tables.CONTACT_RECORD;
import static org.crms.adapters.persistence.jooq.Tables.REQUEST_TYPE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.crms.application.port.in.dashboard.ContactSummary;
import org.crms.application.port.in.dashboard.DashboardFigure;
import org.crms.application.port.in.dashboard.RequestSummary;
import org.crms.application.port.in.dashboard.StatusCount;
import org.crms.application.port.in.dashboard.TypeCount;
import org.crms.application.port.out.DashboardQueries;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The dashboard's figures in PostgreSQL, one statement each: the count as a scalar subquery and the
 * first items as a derived table, so both see the same snapshot (no items means a count of zero)
 * and each uses its index. Open-request figures say {@code deleted_at IS NULL AND status <>
 * 'COMPLETED'} literally, the predicate of V8's partial indexes.
 */
@Singleton
public final class JooqDashboardQueries implements DashboardQueries {
  /** Live and awaiting a response: the predicate of V5's partial follow-up index, as it says it. */
  private static final Condition AWAITING =
      CONTACT_RECORD
          .DELETED_AT
          .isNull()
          .and(CONTACT_RECORD.OUTCOME.eq(inline("AWAITING_RESPONSE")));

  private final DSLContext dsl;

  public JooqDashboardQueries(DSLContext dsl) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
  }

  @Override
  public DashboardFigure<RequestSummary> unassigned(int top) {
    return requests(CLIENT_REQUEST.OWNER_ID.isNull(), CLIENT_REQUEST.DUE_ON, top);
  }

  @Override
  public DashboardFigure<RequestSummary> overdue(LocalDate dueBefore, int top) {
    return requests(CLIENT_REQUEST.DUE_ON.lt(dueBefore), CLIENT_REQUEST.DUE_ON, top);
  }

  @Override
  public DashboardFigure<RequestSummary> dueBetween(LocalDate first, LocalDate last, int top) {
    return requests(CLIENT_REQUEST.DUE_ON.between(first, last), CLIENT_REQUEST.DUE_ON, top);
  }

  @Override
  public DashboardFigure<RequestSummary> untouchedSince(Instant changedBefore, int top) {
    return requests(CLIENT_REQUEST.UPDATED_AT.lt(changedBefore), CLIENT_REQUEST.UPDATED_AT, top);
  }

  @Override
  public DashboardFigure<RequestSummary> openOwnedBy(UserId owner, int top) {
    return requests(CLIENT_REQUEST.OWNER_ID.eq(owner.value()), CLIENT_REQUEST.DUE_ON, top);
  }

  private DashboardFigure<RequestSummary> requests(Condition condition, Field<?> key, int top) {
    return OpenRequestFigure.of(dsl, condition, key, top);
  }

  @Override
  public DashboardFigure<ContactSummary> awaitingFollowUp(LocalDate followUpBefore, int top) {
    var c = CONTACT_RECORD;
    var due = c.FOLLOW_UP_ON.lt(followUpBefore);
    var total = field(selectCount().from(c).where(AWAITING).and(due)).as("total");
    var rows =
        dsl.select(
                c.ID,
                c.FIRST_NAME,
                c.LAST_NAME,
                c.PAYMENT_REFERENCE,
                c.CONTACTED_AT,
                c.FOLLOW_UP_ON,
                total)
            .from(c)
            .where(AWAITING)
            .and(due)
            .orderBy(c.FOLLOW_UP_ON, c.ID)
            .limit(top)
            .fetch();
    return DashboardRows.figure(
        rows,
        total,
        row ->
            new ContactSummary(
                new ContactRecordId(row.get(c.ID)),
                row.get(c.FIRST_NAME) + " " + row.get(c.LAST_NAME),
                row.get(c.PAYMENT_REFERENCE),
                row.get(c.CONTACTED_AT),
                row.get(c.FOLLOW_UP_ON)));
  }

  @Override
  public List<StatusCount> countsByStatus() {
    var r = CLIENT_REQUEST;
    return dsl.select(r.STATUS, count())
        .from(r)
        .where(r.DELETED_AT.isNull())
        .groupBy(r.STATUS)
        .fetch(row -> new StatusCount(DashboardRows.status(row.value1()), row.value2()));
  }

  /** Counted on the request index first, then named: the types are few, the requests many. */
  @Override
  public List<TypeCount> countsByType() {
    var r = CLIENT_REQUEST;
    var total = count().as("total");
    var counts =
        select(r.TYPE_ID, total)
            .from(r)
            .where(r.DELETED_AT.isNull())
            .groupBy(r.TYPE_ID)
            .asTable("counts");
    return dsl.select(REQUEST_TYPE.ID, REQUEST_TYPE.NAME, counts.field(total))
        .from(counts)
        .join(REQUEST_TYPE)
        .on(REQUEST_TYPE.ID.eq(counts.field(r.TYPE_ID)))
        .orderBy(counts.field(total).desc(), lower(REQUEST_TYPE.NAME), REQUEST_TYPE.ID)
        .fetch(row -> new TypeCount(new RequestTypeId(row.value1()), row.value2(), row.value3()));
  }
}
