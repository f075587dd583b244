package org.crms.application.port.in.request;

import java.util.Objects;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.user.Actor;
import org.crms.domain.user.UserId;

/**
 * Input of {@link UpdateRequestUseCase}: every editable field, replacing the stored ones.
 *
 * @param expectedVersion the version the caller read and based the change on
 * @param details a null due date clears it
 * @param owner who handles the request, or null for nobody
 */
public record UpdateRequestCommand(
    Actor actor,
    ClientRequestId requestId,
    long expectedVersion,
    RequestDetails details,
    UserId owner) {
  public UpdateRequestCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(details, "details");
  }
}
