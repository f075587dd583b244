package org.crms.application.port.in.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.UserId;

/**
 * Which live requests a list shows: every condition given must hold. Build it with {@link
 * #builder()}; null (or empty) means "any" throughout.
 *
 * @param statuses any of these statuses
 * @param priorities any of these priorities
 * @param unassigned true: only requests nobody owns; false: only owned ones
 * @param mine only the caller's own requests; the list use case says who the caller is ({@link
 *     #me})
 * @param overdue true: only overdue requests (not completed, due before today in UTC); false: only
 *     the others; the list use case says what today is ({@link #today})
 * @param createdFrom inclusive; {@code createdTo} exclusive, and likewise for updated
 * @param q a fragment of the title or the reference, regardless of case
 * @param me the caller, for {@code mine}; set by the use case, never by the caller
 * @param today the day {@code overdue} is judged on; set by the use case from its clock
 */
public record RequestFilter(
    Set<RequestStatus> statuses,
    Set<Priority> priorities,
    RequestTypeId typeId,
    ClientId clientId,
    UserId ownerId,
    Boolean unassigned,
    boolean mine,
    Boolean overdue,
    Instant createdFrom,
    Instant createdTo,
    Instant updatedFrom,
    Instant updatedTo,
    String q,
    UserId me,
    LocalDate today) {

  public RequestFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
    q = q == null || q.isBlank() ? null : q.strip();
  }

  public static RequestFilter all() {
    return builder().build();
  }

  public static RequestFilterBuilder builder() {
    return new RequestFilterBuilder();
  }

  /** The same filter for this caller on this day, which is what a repository needs. */
  public RequestFilter resolvedFor(UserId caller, LocalDate day) {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(day, "day");
    return new RequestFilter(
        statuses,
        priorities,
        typeId,
        clientId,
        ownerId,
        unassigned,
        mine,
        overdue,
        createdFrom,
        createdTo,
        updatedFrom,
        updatedTo,
        q,
        caller,
        day);
  }
}
