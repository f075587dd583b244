package org.crms.adapters.persistence.request;

import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;

import java.util.List;
import java.util.function.Function;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.in.request.RequestSort;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.jooq.impl.DSL;

/**
 * The order of the request list and where a page continues: keyset on (sort key, id), never OFFSET,
 * so that a page costs the same wherever it is and stays stable under inserts.
 */
final class RequestOrderSql {
  private static final Field<Integer> PRIORITY_RANK =
      rank(CLIENT_REQUEST.PRIORITY, Priority.values(), ClientRequestRecordMapper::priorityCode);
  private static final Field<Integer> STATUS_RANK =
      rank(CLIENT_REQUEST.STATUS, RequestStatus.values(), ClientRequestRecordMapper::statusCode);

  private RequestOrderSql() {}

  /** The sort key, then the id, both in the sort's direction; no due date last either way. */
  static List<SortField<?>> order(RequestSort sort) {
    var direction = sort.descending() ? SortOrder.DESC : SortOrder.ASC;
    var id = CLIENT_REQUEST.ID.sort(direction);
    if (sort.key() == RequestSort.Key.DUE) {
      return List.of(CLIENT_REQUEST.DUE_ON.sort(direction).nullsLast(), id);
    }
    return List.of(key(sort.key()).sort(direction), id);
  }

  /**
   * Strictly after the position in the sort's order, as a row-value comparison that PostgreSQL can
   * seek to in an index. Requests without a due date follow all others, so after a dated position
   * they all still come, and after an undated one only undated ones further on by id.
   */
  static Condition after(RequestSort sort, RequestPosition position) {
    var id = val(position.id().value());
    if (sort.key() != RequestSort.Key.DUE) {
      var pair = row(key(sort.key()), CLIENT_REQUEST.ID);
      var at = row(keyOf(position), id);
      return sort.descending() ? pair.lt(at) : pair.gt(at);
    }
    var due = position.dueOn();
    if (due == null) {
      var furtherOn = sort.descending() ? CLIENT_REQUEST.ID.lt(id) : CLIENT_REQUEST.ID.gt(id);
      return CLIENT_REQUEST.DUE_ON.isNull().and(furtherOn);
    }
    var pair = row(CLIENT_REQUEST.DUE_ON, CLIENT_REQUEST.ID);
    var dated = sort.descending() ? pair.lt(row(val(due), id)) : pair.gt(row(val(due), id));
    return dated.or(CLIENT_REQUEST.DUE_ON.isNull());
  }

  @SuppressWarnings("unchecked")
  private static <T> Field<T> key(RequestSort.Key key) {
    return (Field<T>)
        switch (key) {
          case CREATED -> CLIENT_REQUEST.CREATED_AT;
          case UPDATED -> CLIENT_REQUEST.UPDATED_AT;
          case DUE -> CLIENT_REQUEST.DUE_ON;
          case PRIORITY -> PRIORITY_RANK;
          case STATUS -> STATUS_RANK;
          case TITLE -> lower(CLIENT_REQUEST.TITLE);
        };
  }

  /** The position's key as a value of the same type as {@link #key}. */
  @SuppressWarnings("unchecked")
  private static <T> Field<T> keyOf(RequestPosition position) {
    return (Field<T>)
        switch (position.sort().key()) {
          case CREATED, UPDATED -> val(position.instant(), CLIENT_REQUEST.CREATED_AT);
          case DUE -> val(position.dueOn(), CLIENT_REQUEST.DUE_ON);
          case PRIORITY -> val(position.priority().ordinal());
          case STATUS -> val(position.status().ordinal());
          case TITLE -> lower(val(position.key()));
        };
  }

  /** Each code's place in the enum's declaration order: the order the domain reads them in. */
  private static <E extends Enum<E>> Field<Integer> rank(
      Field<String> column, E[] constants, Function<E, String> code) {
    var choose = DSL.choose(column);
    CaseWhenStep<String, Integer> ranked = null;
    for (var constant : constants) {
      var when = inline(code.apply(constant));
      var place = inline(constant.ordinal());
      ranked = ranked == null ? choose.when(when, place) : ranked.when(when, place);
    }
    return ranked;
  }
}
