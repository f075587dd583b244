package org.crms.application.port.in.request;

import java.util.Objects;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.user.Actor;

/**
 * Input of {@link ChangeRequestStatusUseCase}.
 *
 * @param expectedVersion the version the caller read, or null to move whatever version is current
 *     (the workflow still decides whether the move is allowed)
 */
public record ChangeRequestStatusCommand(
    Actor actor, ClientRequestId requestId, RequestStatus target, Long expectedVersion) {
  public ChangeRequestStatusCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(target, "target");
  }
}
