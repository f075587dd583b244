package org.crms.adapters.persistence.request;

import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.crms.adapters.persistence.shared.LikePattern;
import org.crms.application.port.in.request.RequestFilter;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.in.request.RequestSort;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;
import org.jooq.CaseValueStep;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.jooq.impl.DSL;

/**
 * The SQL of the request list: its conditions, its order and where a page continues. Every query
 * says {@code deleted_at IS NULL} itself, so that the partial indexes of V5 can serve it, and pages
 * by keyset on (sort key, id), never by OFFSET.
 */
final class RequestListSql {
  private static final Field<Integer> PRIORITY_RANK =
      rank(CLIENT_REQUEST.PRIORITY, Priority.values(), ClientRequestRecordMapper::priorityCode);
  private static final Field<Integer> STATUS_RANK =
      rank(CLIENT_REQUEST.STATUS, RequestStatus.values(), ClientRequestRecordMapper::statusCode);

  private RequestListSql() {}

  static Condition matching(RequestFilter f) {
    var t = CLIENT_REQUEST;
    var condition = t.DELETED_AT.isNull();
    condition = condition.and(f.statuses().isEmpty() ? noCondition() : t.STATUS.in(codes(f)));
    condition =
        condition.and(f.priorities().isEmpty() ? noCondition() : t.PRIORITY.in(priorities(f)));
    condition =
        condition.and(f.typeId() == null ? noCondition() : t.TYPE_ID.eq(f.typeId().value()));
    condition =
        condition.and(f.clientId() == null ? noCondition() : t.CLIENT_ID.eq(f.clientId().value()));
    condition =
        condition.and(f.ownerId() == null ? noCondition() : t.OWNER_ID.eq(f.ownerId().value()));
    if (f.unassigned() != null) {
      condition = condition.and(f.unassigned() ? t.OWNER_ID.isNull() : t.OWNER_ID.isNotNull());
    }
    if (f.mine()) {
      condition = condition.and(t.OWNER_ID.eq(Objects.requireNonNull(f.me(), "me").value()));
    }
    if (f.overdue() != null) {
      var overdue = overdueOn(Objects.requireNonNull(f.today(), "today"));
      condition = condition.and(f.overdue() ? overdue : overdue.not());
    }
    condition =
        condition.and(f.createdFrom() == null ? noCondition() : t.CREATED_AT.ge(f.createdFrom()));
    condition =
        condition.and(f.createdTo() == null ? noCondition() : t.CREATED_AT.lt(f.createdTo()));
    condition =
        condition.and(f.updatedFrom() == null ? noCondition() : t.UPDATED_AT.ge(f.updatedFrom()));
    condition =
        condition.and(f.updatedTo() == null ? noCondition() : t.UPDATED_AT.lt(f.updatedTo()));
    return f.q() == null ? condition : condition.and(containing(f.q()));
  }

  /**
   * As the domain's isOverdue: not completed and due before today. Never null, so that its negation
   * keeps the requests without a due date.
   */
  private static Condition overdueOn(LocalDate today) {
    return CLIENT_REQUEST
        .STATUS
        .ne(ClientRequestRecordMapper.statusCode(RequestStatus.COMPLETED))
        .and(CLIENT_REQUEST.DUE_ON.isNotNull())
        .and(CLIENT_REQUEST.DUE_ON.lt(today));
  }

  /** Lower case on both sides, as the trigram indexes of title and reference are built. */
  private static Condition containing(String fragment) {
    var pattern = lower(val(LikePattern.containing(fragment)));
    return lower(CLIENT_REQUEST.TITLE)
        .like(pattern, LikePattern.ESCAPE)
        .or(lower(CLIENT_REQUEST.REFERENCE).like(pattern, LikePattern.ESCAPE));
  }

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
   * they all still come, and after an undated one only undated ones with a later id.
   */
  static Condition after(RequestSort sort, RequestPosition position) {
    var id = val(position.id().value());
    if (sort.key() == RequestSort.Key.DUE) {
      var due = position.dueOn();
      var afterId = sort.descending() ? CLIENT_REQUEST.ID.lt(id) : CLIENT_REQUEST.ID.gt(id);
      if (due == null) {
        return CLIENT_REQUEST.DUE_ON.isNull().and(afterId);
      }
      var pair = row(CLIENT_REQUEST.DUE_ON, CLIENT_REQUEST.ID);
      var dated = sort.descending() ? pair.lt(row(val(due), id)) : pair.gt(row(val(due), id));
      return dated.or(CLIENT_REQUEST.DUE_ON.isNull());
    }
    var pair = row(key(sort.key()), CLIENT_REQUEST.ID);
    var at = row(keyOf(position), id);
    return sort.descending() ? pair.lt(at) : pair.gt(at);
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
    CaseValueStep<String> choose = DSL.choose(column);
    CaseWhenStep<String, Integer> ranked = null;
    for (var constant : constants) {
      var when = inline(code.apply(constant));
      var place = inline(constant.ordinal());
      ranked = ranked == null ? choose.when(when, place) : ranked.when(when, place);
    }
    return ranked;
  }

  private static List<String> codes(RequestFilter f) {
    return f.statuses().stream().map(ClientRequestRecordMapper::statusCode).sorted().toList();
  }

  private static List<String> priorities(RequestFilter f) {
    return f.priorities().stream().map(ClientRequestRecordMapper::priorityCode).sorted().toList();
  }
}
