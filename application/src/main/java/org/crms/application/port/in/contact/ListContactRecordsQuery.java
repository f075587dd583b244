package org.crms.application.port.in.contact;

import java.util.Objects;
import org.crms.application.port.in.PageLimit;
import org.crms.domain.user.Actor;

/**
 * Input of {@link ListContactRecordsUseCase}.
 *
 * @param followUpDue only records awaiting a response whose follow-up date is today or earlier,
 *     today being the use case's day in UTC
 * @param mine only records the actor created
 * @param after the position of the previous page's last record, in the same sort; null for the
 *     first page
 */
public record ListContactRecordsQuery(
    Actor actor,
    ContactRecordFilter filter,
    boolean followUpDue,
    boolean mine,
    ContactRecordSort sort,
    PageLimit limit,
    ContactRecordPosition after) {
  public ListContactRecordsQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(limit, "limit");
    if (after != null && !after.sort().equals(sort)) {
      throw new IllegalArgumentException("the position belongs to another sort order");
    }
  }
}
