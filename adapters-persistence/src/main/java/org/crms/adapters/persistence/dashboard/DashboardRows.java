package org.crms.adapters.persistence.dashboard;

import static org.crms.adapters.persistence.jooq.Tables.APP_USER;
import static org.crms.adapters.persistence.jooq.Tables.CLIENT;
import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;

import java.util.function.Function;
import org.crms.application.port.in.dashboard.DashboardFigure;
import org.crms.application.port.in.dashboard.RequestSummary;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.user.UserId;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;

/** Translates the dashboard's rows; status codes explicitly, as every mapper does. */
final class DashboardRows {
  private DashboardRows() {}

  /** A request of a figure's derived table {@code first}, with its client's and owner's names. */
  static RequestSummary request(Record row, Table<?> first) {
    var r = CLIENT_REQUEST;
    var owner = row.get(first.field(r.OWNER_ID));
    return new RequestSummary(
        new ClientRequestId(row.get(first.field(r.ID))),
        row.get(first.field(r.TITLE)),
        row.get(CLIENT.NAME),
        row.get(first.field(r.DUE_ON)),
        owner == null ? null : new UserId(owner),
        row.get(APP_USER.USERNAME),
        status(row.get(first.field(r.STATUS))));
  }

  /** The figure of these rows, whose every row carries the figure's count as {@code total}. */
  static <T, R extends Record> DashboardFigure<T> figure(
      Result<R> rows, Field<Integer> total, Function<R, T> item) {
    var count = rows.isEmpty() ? 0 : rows.getFirst().get(total);
    return new DashboardFigure<>(count, rows.map(item::apply));
  }

  static RequestStatus status(String code) {
    return switch (code) {
      case "PENDING" -> RequestStatus.PENDING;
      case "IN_PROGRESS" -> RequestStatus.IN_PROGRESS;
      case "COMPLETED" -> RequestStatus.COMPLETED;
      default -> throw new IllegalStateException("unknown request status code: " + code);
    };
  }
}
