package org.crms.adapters.persistence.shared;

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import org.crms.application.port.in.InstantRange;
import org.jooq.Condition;
import org.jooq.Field;

/** Translates an {@link InstantRange} into a condition on a timestamptz column. */
public final class InstantRanges {
  private InstantRanges() {}

  /** The rows whose instant lies in the range: from inclusive, to exclusive. */
  public static Condition within(Field<Instant> column, InstantRange range) {
    var condition = noCondition();
    if (range.from() != null) {
      condition = condition.and(column.ge(val(range.from(), column)));
    }
    if (range.to() != null) {
      condition = condition.and(column.lt(val(range.to(), column)));
    }
    return condition;
  }
}
