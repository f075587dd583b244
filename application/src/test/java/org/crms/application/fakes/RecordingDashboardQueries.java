package org.crms.application.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crms.application.port.in.dashboard.ContactSummary;
import org.crms.application.port.in.dashboard.DashboardFigure;
import org.crms.application.port.in.dashboard.RequestSummary;
import org.crms.application.port.in.dashboard.StatusCount;
import org.crms.application.port.in.dashboard.TypeCount;
import org.crms.application.port.out.DashboardQueries;
import org.crms.domain.user.UserId;

/**
 * Remembers the days, instants and owners each figure was asked for, as {@code
 * "figure(argument...):top"}, and answers with figures a test set (empty unless set).
 */
public final class RecordingDashboardQueries implements DashboardQueries {
  private final List<String> calls = new ArrayList<>();
  private DashboardFigure<RequestSummary> overdue = DashboardFigure.empty();
  private List<StatusCount> byStatus = List.of();
  private List<TypeCount> byType = List.of();

  public RecordingDashboardQueries withOverdue(DashboardFigure<RequestSummary> figure) {
    overdue = figure;
    return this;
  }

  public RecordingDashboardQueries withCounts(List<StatusCount> status, List<TypeCount> type) {
    byStatus = List.copyOf(status);
    byType = List.copyOf(type);
    return this;
  }

  public List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public DashboardFigure<RequestSummary> unassigned(int top) {
    calls.add("unassigned():" + top);
    return DashboardFigure.empty();
  }

  @Override
  public DashboardFigure<RequestSummary> overdue(LocalDate dueBefore, int top) {
    calls.add("overdue(" + dueBefore + "):" + top);
    return overdue;
  }

  @Override
  public DashboardFigure<RequestSummary> dueBetween(LocalDate first, LocalDate last, int top) {
    calls.add("dueBetween(" + first + "," + last + "):" + top);
    return DashboardFigure.empty();
  }

  @Override
  public DashboardFigure<RequestSummary> untouchedSince(Instant changedBefore, int top) {
    calls.add("untouchedSince(" + changedBefore + "):" + top);
    return DashboardFigure.empty();
  }

  @Override
  public DashboardFigure<RequestSummary> openOwnedBy(UserId owner, int top) {
    calls.add("openOwnedBy(" + owner + "):" + top);
    return DashboardFigure.empty();
  }

  @Override
  public DashboardFigure<ContactSummary> awaitingFollowUp(LocalDate followUpBefore, int top) {
    calls.add("awaitingFollowUp(" + followUpBefore + "):" + top);
    return DashboardFigure.empty();
  }

  @Override
  public List<StatusCount> countsByStatus() {
    calls.add("countsByStatus()");
    return byStatus;
  }

  @Override
  public List<TypeCount> countsByType() {
    calls.add("countsByType()");
    return byType;
  }
}
