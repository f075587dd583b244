package org.crms.application.port.in.request;

import java.util.Objects;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.user.Actor;

/** Input of {@link GetRequestUseCase}. */
public record GetRequestQuery(Actor actor, ClientRequestId requestId) {
  public GetRequestQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(requestId, "requestId");
  }
}
