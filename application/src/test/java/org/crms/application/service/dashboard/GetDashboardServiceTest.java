package org.crms.application.service.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.RecordingDashboardQueries;
import org.crms.application.port.in.dashboard.DashboardFigure;
import org.crms.application.port.in.dashboard.GetDashboardQuery;
import org.crms.application.port.in.dashboard.RequestSummary;
import org.crms.application.port.in.dashboard.StatusCount;
import org.crms.application.port.in.dashboard.TypeCount;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.Test;

class GetDashboardServiceTest {
  // Late in the evening in UTC: already the next day in Auckland, which must not matter.
  private static final Instant NOW = Instant.parse("2026-04-01T23:30:00Z");
  private final RecordingDashboardQueries queries = new RecordingDashboardQueries();
  private final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
  private final Actor actor = new Actor(UserId.newId(), Role.LIMITED);

  private GetDashboardService serviceAt(Instant now, ZoneId zone) {
    return new GetDashboardService(queries, unitOfWork, Clock.fixed(now, zone));
  }

  @Test
  void every_figure_is_taken_at_the_clocks_instant_and_its_utc_day_five_items_each() {
    var dashboard = serviceAt(NOW, ZoneId.of("Pacific/Auckland")).get(new GetDashboardQuery(actor));

    assertThat(dashboard.asOf()).isEqualTo(NOW);
    assertThat(dashboard.today()).isEqualTo(LocalDate.parse("2026-04-01"));
    assertThat(queries.calls())
        .containsExactly(
            "unassigned():5",
            "overdue(2026-04-01):5",
            "dueBetween(2026-04-01,2026-04-02):5",
            "untouchedSince(2026-03-25T23:30:00Z):5",
            "awaitingFollowUp(2026-04-01):5",
            "openOwnedBy(" + actor.userId() + "):5",
            "countsByStatus()",
            "countsByType()");
  }

  @Test
  void a_new_utc_day_moves_every_day_boundary() {
    serviceAt(Instant.parse("2026-04-02T00:00:00Z"), ZoneOffset.UTC)
        .get(new GetDashboardQuery(actor));

    assertThat(queries.calls())
        .contains(
            "overdue(2026-04-02):5",
            "dueBetween(2026-04-02,2026-04-03):5",
            "untouchedSince(2026-03-26T00:00:00Z):5",
            "awaitingFollowUp(2026-04-02):5");
  }

  @Test
  void passes_figures_through_and_counts_every_status_in_workflow_order() {
    var late =
        new RequestSummary(
            ClientRequestId.newId(),
            "Renew the certificate",
            "Acme Ltd",
            LocalDate.parse("2026-03-30"),
            null,
            null,
            RequestStatus.PENDING);
    var plugins = new TypeCount(RequestTypeId.newId(), "Plugin Updates", 4);
    queries
        .withOverdue(new DashboardFigure<>(12, List.of(late)))
        .withCounts(List.of(new StatusCount(RequestStatus.COMPLETED, 9)), List.of(plugins));

    var dashboard = serviceAt(NOW, ZoneOffset.UTC).get(new GetDashboardQuery(actor));

    assertThat(dashboard.overdue().count()).isEqualTo(12);
    assertThat(dashboard.overdue().top()).containsExactly(late);
    assertThat(dashboard.unassigned().count()).isZero();
    assertThat(dashboard.byStatus())
        .containsExactly(
            new StatusCount(RequestStatus.PENDING, 0),
            new StatusCount(RequestStatus.IN_PROGRESS, 0),
            new StatusCount(RequestStatus.COMPLETED, 9));
    assertThat(dashboard.byType()).containsExactly(plugins);
  }

  @Test
  void reads_every_figure_in_one_read_only_transaction() {
    serviceAt(NOW, ZoneOffset.UTC).get(new GetDashboardQuery(actor));

    assertThat(unitOfWork.reads()).isEqualTo(1);
    assertThat(unitOfWork.writes()).isZero();
  }
}
