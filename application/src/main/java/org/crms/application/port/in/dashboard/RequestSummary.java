package org.crms.application.port.in.dashboard;

import java.time.LocalDate;
import java.util.Objects;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.user.UserId;

/**
 * A request as a line of the dashboard.
 *
 * @param dueOn null when the request has no due date
 * @param owner null while nobody owns the request
 * @param ownerName the owner's username; null without an owner
 */
public record RequestSummary(
    ClientRequestId id,
    String title,
    String clientName,
    LocalDate dueOn,
    UserId owner,
    String ownerName,
    RequestStatus status) {
  public RequestSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(clientName, "clientName");
    Objects.requireNonNull(status, "status");
  }
}
