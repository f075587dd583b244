package org.crms.adapters.web.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.crms.application.port.in.dashboard.ContactSummary;
import org.crms.application.port.in.dashboard.Dashboard;
import org.crms.application.port.in.dashboard.DashboardFigure;
import org.crms.application.port.in.dashboard.RequestSummary;

/**
 * The dashboard as the API shows it; every figure has a {@code count} and its first {@code items}.
 *
 * @param today the UTC day due and follow-up dates were judged by
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record DashboardResponse(
    Instant asOf,
    LocalDate today,
    Figure<RequestItem> unassigned,
    Figure<RequestItem> overdue,
    Figure<RequestItem> dueSoon,
    Figure<RequestItem> untouched,
    Figure<ContactItem> awaitingFollowUp,
    Figure<RequestItem> myOpenRequests,
    List<StatusCount> byStatus,
    List<TypeCount> byType) {

  static DashboardResponse from(Dashboard d) {
    return new DashboardResponse(
        d.asOf(),
        d.today(),
        Figure.of(d.unassigned(), RequestItem::from),
        Figure.of(d.overdue(), RequestItem::from),
        Figure.of(d.dueSoon(), RequestItem::from),
        Figure.of(d.untouched(), RequestItem::from),
        Figure.of(d.awaitingFollowUp(), ContactItem::from),
        Figure.of(d.myOpenRequests(), RequestItem::from),
        d.byStatus().stream()
            .map(s -> new StatusCount(s.status().name(), s.status().label(), s.count()))
            .toList(),
        d.byType().stream()
            .map(t -> new TypeCount(t.typeId().value(), t.typeName(), t.count()))
            .toList());
  }

  /** How many items a figure holds, and the first of them. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Figure<T>(long count, List<T> items) {
    static <D, T> Figure<T> of(DashboardFigure<D> figure, Function<D, T> item) {
      return new Figure<>(figure.count(), figure.top().stream().map(item).toList());
    }
  }

  /**
   * A request in a figure.
   *
   * @param owner the owner's user id; null while unassigned
   * @param ownerName the owner's username; null while unassigned
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record RequestItem(
      UUID id,
      String title,
      String clientName,
      LocalDate dueOn,
      UUID owner,
      String ownerName,
      String status) {
    static RequestItem from(RequestSummary r) {
      return new RequestItem(
          r.id().value(),
          r.title(),
          r.clientName(),
          r.dueOn(),
          r.owner() == null ? null : r.owner().value(),
          r.ownerName(),
          r.status().name());
    }
  }

  /** A contact awaiting a response; {@code name} is "first last". */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ContactItem(
      UUID id, String name, String paymentReference, Instant contactedAt, LocalDate followUpOn) {
    static ContactItem from(ContactSummary c) {
      return new ContactItem(
          c.id().value(), c.name(), c.paymentReference(), c.contactedAt(), c.followUpOn());
    }
  }

  /** Live requests of one status; {@code label} is what people read ("In Progress"). */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record StatusCount(String status, String label, long count) {}

  /** Live requests of one type. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record TypeCount(UUID typeId, String typeName, long count) {}
}
