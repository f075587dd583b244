package org.crms.adapters.persistence.dashboard;

import static org.crms.adapters.persistence.jooq.Tables.APP_USER;
import static org.crms.adapters.persistence.jooq.Tables.CLIENT;
import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import java.util.LinkedHashSet;
import java.util.List;
import org.crms.application.port.in.dashboard.DashboardFigure;
import org.crms.application.port.in.dashboard.RequestSummary;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * A figure of open requests in one statement: the count as a scalar subquery, the first rows as a
 * derived table joined with their client and owner, so that only those few are joined.
 */
final class OpenRequestFigure {
  /** Live and not completed, written as V8's partial indexes say it. */
  static final Condition OPEN =
      CLIENT_REQUEST.DELETED_AT.isNull().and(CLIENT_REQUEST.STATUS.ne(inline("COMPLETED")));

  private OpenRequestFigure() {}

  /** Open requests matching the condition, listed by {@code key} (nulls last), then id. */
  static DashboardFigure<RequestSummary> of(
      DSLContext dsl, Condition condition, Field<?> key, int top) {
    var r = CLIENT_REQUEST;
    var total = field(selectCount().from(r).where(OPEN).and(condition)).as("total");
    var columns = new LinkedHashSet<Field<?>>(List.of(r.ID, r.CLIENT_ID, r.TITLE, r.DUE_ON));
    columns.addAll(List.of(r.OWNER_ID, r.STATUS, key));
    var first =
        select(columns)
            .from(r)
            .where(OPEN)
            .and(condition)
            .orderBy(key.asc().nullsLast(), r.ID)
            .limit(top)
            .asTable("first_rows");
    var rows =
        dsl.select(first.fields())
            .select(CLIENT.NAME, APP_USER.USERNAME, total)
            .from(first)
            .join(CLIENT)
            .on(CLIENT.ID.eq(first.field(r.CLIENT_ID)))
            .leftJoin(APP_USER)
            .on(APP_USER.ID.eq(first.field(r.OWNER_ID)))
            .orderBy(first.field(key).asc().nullsLast(), first.field(r.ID))
            .fetch();
    return DashboardRows.figure(rows, total, row -> DashboardRows.request(row, first));
  }
}
