package org.crms.domain.request;

import org.crms.domain.shared.ConflictException;

/** Only a request in the trash can be restored. */
public final class RequestNotDeletedException extends ConflictException {
  public RequestNotDeletedException(ClientRequestId id) {
    super("Request " + id + " is not in the trash.");
  }
}
