package org.crms.application.port.in.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What needs attention, as of one instant. "Open" means not completed; only live items count.
 *
 * @param asOf the instant the figures were taken at
 * @param today the day of {@code asOf} in UTC, from which due and follow-up days are judged
 * @param unassigned open requests without an owner
 * @param overdue open requests due before today
 * @param dueSoon open requests due today or tomorrow
 * @param untouched open requests nobody changed for seven days
 * @param awaitingFollowUp contacts awaiting a response whose follow-up day has passed
 * @param myOpenRequests open requests the actor owns
 * @param byStatus every status with its number of live requests, in workflow order
 * @param byType each type that has live requests, with their number, most used first
 */
public record Dashboard(
    Instant asOf,
    LocalDate today,
    DashboardFigure<RequestSummary> unassigned,
    DashboardFigure<RequestSummary> overdue,
    DashboardFigure<RequestSummary> dueSoon,
    DashboardFigure<RequestSummary> untouched,
    DashboardFigure<ContactSummary> awaitingFollowUp,
    DashboardFigure<RequestSummary> myOpenRequests,
    List<StatusCount> byStatus,
    List<TypeCount> byType) {
  public Dashboard {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(unassigned, "unassigned");
    Objects.requireNonNull(overdue, "overdue");
    Objects.requireNonNull(dueSoon, "dueSoon");
    Objects.requireNonNull(untouched, "untouched");
    Objects.requireNonNull(awaitingFollowUp, "awaitingFollowUp");
    Objects.requireNonNull(myOpenRequests, "myOpenRequests");
    byStatus = List.copyOf(byStatus);
    byType = List.copyOf(byType);
  }
}
