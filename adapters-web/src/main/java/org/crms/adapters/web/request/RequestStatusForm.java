package org.crms.adapters.web.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.shared.InvalidValueException;

/**
 * A status button of a request's page.
 *
 * @param target the status to move to
 * @param version the version the page showed; the move is refused if the request changed since
 */
@Serdeable
record RequestStatusForm(@Nullable String target, @Nullable String version) {

  /**
   * @throws InvalidValueException naming {@code target} when it is missing or unknown
   */
  RequestStatus status() {
    if (target == null || target.isBlank()) {
      throw new InvalidValueException("target", "Choose a status to move to.");
    }
    return ClientRequestPayload.read(
        "target", () -> RequestValues.constant(RequestStatus.class, target));
  }

  /** The version the move is based on; null (whatever is current) when none was sent. */
  @Nullable
  Long expectedVersion() {
    try {
      return version == null || version.isBlank() ? null : Long.valueOf(version.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
