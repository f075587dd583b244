package org.crms.application.port.in.dashboard;

import java.util.Objects;
import org.crms.domain.request.RequestStatus;

/** How many live requests have this status. */
public record StatusCount(RequestStatus status, long count) {
  public StatusCount {
    Objects.requireNonNull(status, "status");
  }
}
