package org.crms.application.port.in.request;

import java.util.Objects;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.user.Actor;
import org.crms.domain.user.UserId;

/**
 * Input of {@link OpenRequestUseCase}.
 *
 * @param details without a due date, the request type's target decides it
 * @param owner who handles the request, or null for nobody yet
 */
public record OpenRequestCommand(Actor actor, RequestDetails details, UserId owner) {
  public OpenRequestCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(details, "details");
  }
}
