package org.crms.adapters.persistence.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.persistence.testing.TrackingData.asIs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.crms.adapters.persistence.jooq.tables.records.ClientRequestRecord;
import org.crms.adapters.persistence.jooq.tables.records.ContactRecordRecord;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.adapters.persistence.testing.TrackingData;
import org.crms.application.port.in.dashboard.DashboardFigure;
import org.crms.application.port.in.dashboard.RequestSummary;
import org.crms.application.port.in.dashboard.StatusCount;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each figure with rows just inside and just outside its boundary. "Today" is {@link #TODAY}; rows
 * are created well before it.
 */
class JooqDashboardQueriesIT {
  private static final TestDatabase DATABASE = TestDatabase.shared();
  private static final LocalDate TODAY = LocalDate.parse("2026-04-01");
  private static final Instant COMPLETED_AT = Instant.parse("2026-03-20T09:00:00Z");
  private final DSLContext dsl = DATABASE.dsl();
  private final JooqDashboardQueries queries = new JooqDashboardQueries(dsl);
  private TrackingData data;
  private User owner;

  @BeforeEach
  void startFromEmptyTables() {
    DATABASE.emptyAllTables();
    data = new TrackingData(dsl);
    owner = TestUsers.persisted(dsl, Role.LIMITED);
  }

  private UUID open(String title, Consumer<ClientRequestRecord> tweak) {
    return data.request(
        title,
        r -> {
          r.setOwnerId(owner.id().value());
          tweak.accept(r);
        });
  }

  private UUID completed(String title, Consumer<ClientRequestRecord> tweak) {
    return open(
        title,
        r -> {
          r.setStatus("COMPLETED");
          r.setCompletedAt(COMPLETED_AT);
          tweak.accept(r);
        });
  }

  private static Consumer<ClientRequestRecord> due(LocalDate day) {
    return r -> r.setDueOn(day);
  }

  private static Consumer<ClientRequestRecord> deleted() {
    return r -> r.setDeletedAt(COMPLETED_AT);
  }

  private static Consumer<ClientRequestRecord> unowned() {
    return r -> r.setOwnerId(null);
  }

  private static List<String> titles(DashboardFigure<RequestSummary> figure) {
    return figure.top().stream().map(RequestSummary::title).toList();
  }

  @Test
  void overdue_means_open_and_due_before_today() {
    open("due yesterday", due(TODAY.minusDays(1)));
    open(
        "in progress, due last month",
        due(TODAY.minusMonths(1)).andThen(r -> r.setStatus("IN_PROGRESS")));
    open("due today", due(TODAY));
    open("no due date", asIs());
    completed("completed, due yesterday", due(TODAY.minusDays(1)));
    open("deleted, due yesterday", due(TODAY.minusDays(1)).andThen(deleted()));

    var overdue = queries.overdue(TODAY, 5);

    assertThat(overdue.count()).isEqualTo(2);
    assertThat(titles(overdue)).isEqualTo(List.of("in progress, due last month", "due yesterday"));
  }

  @Test
  void due_soon_means_open_and_due_today_or_tomorrow() {
    open("due yesterday", due(TODAY.minusDays(1)));
    open("due today", due(TODAY));
    open("due tomorrow", due(TODAY.plusDays(1)));
    open("due the day after", due(TODAY.plusDays(2)));
    completed("completed, due today", due(TODAY));

    var soon = queries.dueBetween(TODAY, TODAY.plusDays(1), 5);

    assertThat(soon.count()).isEqualTo(2);
    assertThat(titles(soon)).isEqualTo(List.of("due today", "due tomorrow"));
  }

  @Test
  void unassigned_means_open_without_an_owner_most_pressing_first() {
    open("no owner, no due date", unowned());
    open("no owner, due soon", unowned().andThen(due(TODAY)));
    open(
        "no owner, in progress",
        unowned().andThen(due(TODAY.plusDays(3))).andThen(r -> r.setStatus("IN_PROGRESS")));
    open("owned", due(TODAY));
    completed("no owner, completed", unowned());
    open("no owner, deleted", unowned().andThen(deleted()));

    var unassigned = queries.unassigned(5);

    assertThat(unassigned.count()).isEqualTo(3);
    assertThat(titles(unassigned))
        .isEqualTo(List.of("no owner, due soon", "no owner, in progress", "no owner, no due date"));
  }

  @Test
  void untouched_means_open_and_last_changed_before_the_cutoff_stalest_first() {
    var cutoff = Instant.parse("2026-03-25T12:00:00Z");
    open("changed just before", r -> r.setUpdatedAt(cutoff.minusNanos(1_000)));
    open("changed long before", r -> r.setUpdatedAt(cutoff.minus(Duration.ofDays(30))));
    open("changed at the cutoff", r -> r.setUpdatedAt(cutoff));
    completed("completed long before", r -> r.setUpdatedAt(cutoff.minus(Duration.ofDays(30))));

    var untouched = queries.untouchedSince(cutoff, 5);

    assertThat(untouched.count()).isEqualTo(2);
    assertThat(titles(untouched)).isEqualTo(List.of("changed long before", "changed just before"));
  }

  @Test
  void my_open_requests_are_the_open_ones_i_own() {
    var someoneElse = TestUsers.persisted(dsl, Role.LIMITED);
    open("mine", due(TODAY));
    open("mine, in progress", r -> r.setStatus("IN_PROGRESS"));
    open("someone else's", r -> r.setOwnerId(someoneElse.id().value()));
    open("nobody's", unowned());
    completed("mine, completed", asIs());
    open("mine, deleted", deleted());

    var mine = queries.openOwnedBy(owner.id(), 5);

    assertThat(mine.count()).isEqualTo(2);
    assertThat(titles(mine)).isEqualTo(List.of("mine", "mine, in progress"));
  }

  @Test
  void a_figure_counts_everything_but_lists_only_the_first_items() {
    for (var i = 1; i <= 7; i++) {
      open("late " + i, due(TODAY.minusDays(i)));
    }

    var overdue = queries.overdue(TODAY, 5);

    assertThat(overdue.count()).isEqualTo(7);
    assertThat(titles(overdue))
        .isEqualTo(List.of("late 7", "late 6", "late 5", "late 4", "late 3"));
  }

  @Test
  void a_listed_request_shows_its_client_due_date_owner_and_status() {
    var acme = data.client("Acme Ltd");
    var id =
        open(
            "Renew the certificate",
            due(TODAY.minusDays(2))
                .andThen(r -> r.setClientId(acme))
                .andThen(r -> r.setStatus("IN_PROGRESS")));
    open("Unowned", unowned().andThen(due(TODAY.minusDays(1))));

    var top = queries.overdue(TODAY, 5).top();

    assertThat(top.get(0))
        .isEqualTo(
            new RequestSummary(
                new ClientRequestId(id),
                "Renew the certificate",
                "Acme Ltd",
                TODAY.minusDays(2),
                owner.id(),
                owner.username().value(),
                RequestStatus.IN_PROGRESS));
    assertThat(top.get(1).owner()).isNull();
    assertThat(top.get(1).ownerName()).isNull();
  }

  @Test
  void awaiting_follow_up_means_awaiting_a_response_and_the_follow_up_day_has_passed() {
    data.contact("Ada", "Lovelace", "PAY-1", awaiting(TODAY.minusDays(1)));
    data.contact("Grace", "Hopper", "PAY-2", awaiting(TODAY.minusDays(9)));
    data.contact("Alan", "Turing", "PAY-3", awaiting(TODAY));
    data.contact("Ken", "Thompson", "PAY-4", c -> c.setFollowUpOn(TODAY.minusDays(1)));
    data.contact(
        "Tim",
        "Berners-Lee",
        "PAY-5",
        awaiting(TODAY.minusDays(1)).andThen(c -> c.setDeletedAt(COMPLETED_AT)));

    var figure = queries.awaitingFollowUp(TODAY, 5);

    assertThat(figure.count()).isEqualTo(2);
    assertThat(figure.top())
        .extracting(c -> c.name())
        .containsExactly("Grace Hopper", "Ada Lovelace");
    var first = figure.top().getFirst();
    assertThat(first.paymentReference()).isEqualTo("PAY-2");
    assertThat(first.followUpOn()).isEqualTo(TODAY.minusDays(9));
    assertThat(first.contactedAt()).isEqualTo(TrackingData.T0);
  }

  private static Consumer<ContactRecordRecord> awaiting(LocalDate followUpOn) {
    return c -> {
      c.setOutcome("AWAITING_RESPONSE");
      c.setFollowUpOn(followUpOn);
    };
  }

  @Test
  void an_empty_figure_counts_zero() {
    assertThat(queries.overdue(TODAY, 5)).isEqualTo(DashboardFigure.empty());
    assertThat(queries.awaitingFollowUp(TODAY, 5)).isEqualTo(DashboardFigure.empty());
  }

  @Test
  void live_requests_are_counted_by_status_and_by_type() {
    var audit = data.type("Audit");
    var plugins = data.type("Plugin Updates");
    open("a", r -> r.setTypeId(audit));
    open("b", r -> r.setTypeId(plugins));
    open(
        "c",
        r -> {
          r.setTypeId(plugins);
          r.setStatus("IN_PROGRESS");
        });
    completed("d", r -> r.setTypeId(plugins));
    open("deleted", deleted().andThen(r -> r.setTypeId(audit)));

    assertThat(queries.countsByStatus())
        .containsExactlyInAnyOrder(
            new StatusCount(RequestStatus.PENDING, 2),
            new StatusCount(RequestStatus.IN_PROGRESS, 1),
            new StatusCount(RequestStatus.COMPLETED, 1));
    assertThat(queries.countsByType())
        .extracting(t -> t.typeName() + "=" + t.count())
        .containsExactly("Plugin Updates=3", "Audit=1");
  }
}
