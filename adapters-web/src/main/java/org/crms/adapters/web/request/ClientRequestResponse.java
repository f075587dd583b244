package org.crms.adapters.web.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.crms.adapters.web.shared.EntityTags;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.user.UserId;

/**
 * A client request as the API shows it. Absent optional fields are {@code null}, so every request
 * has the same shape.
 *
 * @param status the workflow code: PENDING, IN_PROGRESS or COMPLETED
 * @param statusLabel what people read: "Pending", "In Progress" or "Completed"
 * @param priority LOW, NORMAL, HIGH or URGENT
 * @param ownerId the user handling the request; null while unassigned
 * @param dueOn the day it is due; null for none
 * @param overdue not completed and due before today (UTC)
 * @param startedAt when work last began; null while pending
 * @param completedAt when it was completed; null unless completed
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ClientRequestResponse(
    UUID id,
    UUID clientId,
    UUID typeId,
    String title,
    String description,
    String reference,
    String status,
    String statusLabel,
    String priority,
    UUID ownerId,
    LocalDate dueOn,
    boolean overdue,
    Instant createdAt,
    UUID createdBy,
    Instant updatedAt,
    UUID updatedBy,
    Instant startedAt,
    Instant completedAt,
    long version) {

  static ClientRequestResponse from(ClientRequest request, LocalDate today) {
    var details = request.details();
    return new ClientRequestResponse(
        request.id().value(),
        details.clientId().value(),
        details.typeId().value(),
        details.title(),
        details.description(),
        details.reference(),
        request.status().name(),
        request.status().label(),
        details.priority().name(),
        idOf(request.owner().orElse(null)),
        details.dueOn(),
        request.isOverdue(today),
        request.created().at(),
        idOf(request.created().by()),
        request.updated().at(),
        idOf(request.updated().by()),
        request.startedAt().orElse(null),
        request.completedAt().orElse(null),
        request.version());
  }

  /** 200 with the request, and its version as {@code ETag}. */
  static HttpResponse<ClientRequestResponse> tagged(ClientRequest request, LocalDate today) {
    return EntityTags.tagged(HttpResponse.ok(from(request, today)), request.version());
  }

  /** The day that decides what is overdue: the clock's, in UTC, as the domain counts due dates. */
  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static UUID idOf(UserId user) {
    return user == null ? null : user.value();
  }
}
