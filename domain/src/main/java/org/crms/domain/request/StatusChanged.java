package org.crms.domain.request;

import java.time.Instant;
import java.util.Objects;
import org.crms.domain.user.UserId;

/** A request moved through its workflow: the fact the audit trail records. */
public record StatusChanged(
    ClientRequestId requestId, RequestStatus from, RequestStatus to, UserId by, Instant at) {
  public StatusChanged {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }
}
