package org.crms.application.port.in.requesttype;

import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.NotFoundException;

/** No live request type has that id (it may never have existed, or be in the trash). */
public final class RequestTypeNotFoundException extends NotFoundException {
  public RequestTypeNotFoundException(RequestTypeId id) {
    super("Request type " + id + " was not found.");
  }
}
