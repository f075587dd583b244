package org.crms.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crms.application.port.in.dashboard.ContactSummary;
import org.crms.application.port.in.dashboard.DashboardFigure;
import org.crms.application.port.in.dashboard.RequestSummary;
import org.crms.application.port.in.dashboard.StatusCount;
import org.crms.application.port.in.dashboard.TypeCount;
import org.crms.domain.user.UserId;

/**
 * The dashboard's figures, each counted and listed by the store. Only live items count; "open"
 * means not completed. Days and instants come from the caller, never from the store's clock.
 * Request figures list the most pressing first: by due day (requests without one last), then id;
 * untouched requests by last change, then id.
 */
public interface DashboardQueries {
  /** Open requests without an owner. */
  DashboardFigure<RequestSummary> unassigned(int top);

  /** Open requests due before that day. */
  DashboardFigure<RequestSummary> overdue(LocalDate dueBefore, int top);

  /** Open requests due on one of these days, both included. */
  DashboardFigure<RequestSummary> dueBetween(LocalDate first, LocalDate last, int top);

  /** Open requests last changed before that instant, the stalest first. */
  DashboardFigure<RequestSummary> untouchedSince(Instant changedBefore, int top);

  /** Open requests this user owns. */
  DashboardFigure<RequestSummary> openOwnedBy(UserId owner, int top);

  /**
   * Contacts awaiting a response whose follow-up day is before that day, the longest waiting first
   * (by follow-up day, then id).
   */
  DashboardFigure<ContactSummary> awaitingFollowUp(LocalDate followUpBefore, int top);

  /** Live requests per status; statuses without requests may be left out. */
  List<StatusCount> countsByStatus();

  /** Live requests per type, for the types that have any, most first, then by type name. */
  List<TypeCount> countsByType();
}
