package org.crms.adapters.persistence.request;

import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.crms.adapters.persistence.shared.LikePattern;
import org.crms.application.port.in.request.RequestFilter;
import org.crms.domain.request.RequestStatus;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * The WHERE clause of the request list. It always says {@code deleted_at IS NULL} itself, so that
 * the partial indexes of V5 can serve the query.
 */
final class RequestConditions {
  private RequestConditions() {}

  static Condition matching(RequestFilter f) {
    return CLIENT_REQUEST
        .DELETED_AT
        .isNull()
        .and(codes(f))
        .and(references(f))
        .and(ownership(f))
        .and(overdue(f))
        .and(between(CLIENT_REQUEST.CREATED_AT, f.createdFrom(), f.createdTo()))
        .and(between(CLIENT_REQUEST.UPDATED_AT, f.updatedFrom(), f.updatedTo()))
        .and(f.q() == null ? noCondition() : containing(f.q()));
  }

  private static Condition codes(RequestFilter f) {
    var statuses =
        f.statuses().stream().map(ClientRequestRecordMapper::statusCode).sorted().toList();
    var priorities =
        f.priorities().stream().map(ClientRequestRecordMapper::priorityCode).sorted().toList();
    return (statuses.isEmpty() ? noCondition() : CLIENT_REQUEST.STATUS.in(statuses))
        .and(priorities.isEmpty() ? noCondition() : CLIENT_REQUEST.PRIORITY.in(priorities));
  }

  private static Condition references(RequestFilter f) {
    return (f.typeId() == null ? noCondition() : CLIENT_REQUEST.TYPE_ID.eq(f.typeId().value()))
        .and(
            f.clientId() == null
                ? noCondition()
                : CLIENT_REQUEST.CLIENT_ID.eq(f.clientId().value()));
  }

  private static Condition ownership(RequestFilter f) {
    var owner = CLIENT_REQUEST.OWNER_ID;
    var condition = f.ownerId() == null ? noCondition() : owner.eq(f.ownerId().value());
    if (f.unassigned() != null) {
      condition = condition.and(f.unassigned() ? owner.isNull() : owner.isNotNull());
    }
    if (f.mine()) {
      condition = condition.and(owner.eq(Objects.requireNonNull(f.me(), "me").value()));
    }
    return condition;
  }

  private static Condition overdue(RequestFilter f) {
    if (f.overdue() == null) {
      return noCondition();
    }
    var overdue = overdueOn(Objects.requireNonNull(f.today(), "today"));
    return f.overdue() ? overdue : overdue.not();
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

  /** From inclusive, to exclusive; either may be absent. */
  private static Condition between(Field<Instant> column, Instant from, Instant to) {
    return (from == null ? noCondition() : column.ge(from))
        .and(to == null ? noCondition() : column.lt(to));
  }

  /** Lower case on both sides, as the trigram indexes of title and reference are built. */
  private static Condition containing(String fragment) {
    var pattern = lower(val(LikePattern.containing(fragment)));
    return lower(CLIENT_REQUEST.TITLE)
        .like(pattern, LikePattern.ESCAPE)
        .or(lower(CLIENT_REQUEST.REFERENCE).like(pattern, LikePattern.ESCAPE));
  }
}
