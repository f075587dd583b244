package org.crms.domain.requesttype;

import org.crms.domain.shared.ConflictException;

/** Only a request type in the trash can be restored. */
public final class RequestTypeNotDeletedException extends ConflictException {
  public RequestTypeNotDeletedException(RequestTypeId id) {
    super("Request type " + id + " is not in the trash.");
  }
}
