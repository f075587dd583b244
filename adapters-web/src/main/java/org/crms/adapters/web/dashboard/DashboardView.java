package org.crms.adapters.web.dashboard;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.crms.adapters.web.dashboard.DashboardPage.Figure;
import org.crms.adapters.web.dashboard.DashboardPage.Line;
import org.crms.adapters.web.dashboard.DashboardPage.Tally;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.Formats;
import org.crms.application.port.in.dashboard.ContactSummary;
import org.crms.application.port.in.dashboard.Dashboard;
import org.crms.application.port.in.dashboard.DashboardFigure;
import org.crms.application.port.in.dashboard.RequestSummary;

/**
 * Turns the dashboard into its page. Each card's "see all" link uses the query parameters of the
 * request and contact record lists (those of {@code GET /api/v1/requests} and {@code GET
 * /api/v1/contact-records}), so that the list shows the figure's items.
 */
final class DashboardView {
  private static final String REQUESTS = "/requests?";
  private static final String OPEN = "status=PENDING,IN_PROGRESS";
  private static final long UNTOUCHED_DAYS = 7;

  private DashboardView() {}

  static DashboardPage of(Chrome chrome, Dashboard d) {
    var figures =
        List.of(
            requests("Unassigned", d.unassigned(), REQUESTS + OPEN + "&unassigned=true"),
            requests("Overdue", d.overdue(), REQUESTS + "overdue=true&sort=due"),
            requests("Due within 24 hours", d.dueSoon(), REQUESTS + OPEN + "&sort=due"),
            requests("Untouched for 7 days", d.untouched(), untouched(d.asOf())),
            figure(
                "Awaiting a response, follow-up passed",
                d.awaitingFollowUp(),
                DashboardView::contact,
                "/contact-records?followUpDue=true"),
            requests("My open requests", d.myOpenRequests(), REQUESTS + OPEN + "&mine=true"));
    return new DashboardPage(chrome, Formats.dateTime(d.asOf()), figures, byStatus(d), byType(d));
  }

  private static List<Tally> byStatus(Dashboard d) {
    return d.byStatus().stream()
        .map(
            s -> new Tally(s.status().label(), s.count(), REQUESTS + "status=" + s.status().name()))
        .toList();
  }

  private static List<Tally> byType(Dashboard d) {
    return d.byType().stream()
        .map(t -> new Tally(t.typeName(), t.count(), REQUESTS + "typeId=" + t.typeId().value()))
        .toList();
  }

  private static Figure requests(
      String title, DashboardFigure<RequestSummary> figure, String seeAll) {
    return figure(title, figure, DashboardView::request, seeAll);
  }

  private static <T> Figure figure(
      String title, DashboardFigure<T> figure, Function<T, Line> line, String seeAll) {
    return new Figure(title, figure.count(), figure.top().stream().map(line).toList(), seeAll);
  }

  private static Line request(RequestSummary r) {
    var owner = r.ownerName() == null ? "unassigned" : r.ownerName();
    var due = r.dueOn() == null ? "no due date" : "due " + Formats.date(r.dueOn());
    var detail = r.clientName() + " · " + r.status().label() + " · " + due + " · " + owner;
    return new Line("/requests/" + r.id().value(), r.title(), detail);
  }

  private static Line contact(ContactSummary c) {
    var detail = c.paymentReference() + " · follow up " + Formats.date(c.followUpOn());
    return new Line("/contact-records/" + c.id().value(), c.name(), detail);
  }

  /** Open requests nobody changed since seven days before the figures were taken. */
  private static String untouched(Instant asOf) {
    var before = asOf.minus(UNTOUCHED_DAYS, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    return REQUESTS + OPEN + "&updatedTo=" + before + "&sort=updated";
  }
}
