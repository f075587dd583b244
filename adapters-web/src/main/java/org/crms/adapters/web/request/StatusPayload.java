package org.crms.adapters.web.request;

import io.micronaut.serde.annotation.Serdeable;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.shared.InvalidValueException;

/**
 * Where a request should move to.
 *
 * @param status PENDING, IN_PROGRESS or COMPLETED
 */
@Serdeable
record StatusPayload(String status) {
  /**
   * @throws InvalidValueException naming {@code status} when it is missing or unknown
   */
  RequestStatus target() {
    if (status == null || status.isBlank()) {
      throw new InvalidValueException("status", "This field is required.");
    }
    return ClientRequestPayload.read(
        "status", () -> RequestValues.constant(RequestStatus.class, status));
  }
}
