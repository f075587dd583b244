package org.crms.application.service.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crms.application.port.in.dashboard.Dashboard;
import org.crms.application.port.in.dashboard.GetDashboardQuery;
import org.crms.application.port.in.dashboard.GetDashboardUseCase;
import org.crms.application.port.in.dashboard.StatusCount;
import org.crms.application.port.out.DashboardQueries;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.user.Permission;

/**
 * Takes the dashboard's figures at one instant of the clock, in one read-only transaction. Days are
 * UTC days, as due dates are.
 */
public final class GetDashboardService implements GetDashboardUseCase {
  /** How many items each figure lists. */
  public static final int TOP = 5;

  /** "Due soon": due today or within this many days after. */
  public static final int DUE_SOON_DAYS = 1;

  /** "Untouched": no change for this long. */
  public static final Duration UNTOUCHED_FOR = Duration.ofDays(7);

  private final DashboardQueries queries;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public GetDashboardService(DashboardQueries queries, UnitOfWork unitOfWork, Clock clock) {
    this.queries = queries;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public Dashboard get(GetDashboardQuery query) {
    var actor = query.actor();
    actor.require(Permission.VIEW_RECORDS);
    var now = clock.instant();
    var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    return unitOfWork.readOnly(
        () ->
            new Dashboard(
                now,
                today,
                queries.unassigned(TOP),
                queries.overdue(today, TOP),
                queries.dueBetween(today, today.plusDays(DUE_SOON_DAYS), TOP),
                queries.untouchedSince(now.minus(UNTOUCHED_FOR), TOP),
                queries.awaitingFollowUp(today, TOP),
                queries.openOwnedBy(actor.userId(), TOP),
                everyStatus(queries.countsByStatus()),
                queries.countsByType()));
  }

  /** Every status in workflow order, zero where the store counted none. */
  private static List<StatusCount> everyStatus(List<StatusCount> counted) {
    var byStatus =
        counted.stream().collect(Collectors.toMap(StatusCount::status, Function.identity()));
    return Arrays.stream(RequestStatus.values())
        .map(status -> byStatus.getOrDefault(status, new StatusCount(status, 0)))
        .toList();
  }
}
