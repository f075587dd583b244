package org.crms.application.port.in.request;

import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.NotFoundException;

/** No live client request has that id (it may never have existed, or be in the trash). */
public final class ClientRequestNotFoundException extends NotFoundException {
  public ClientRequestNotFoundException(ClientRequestId id) {
    super("Request " + id + " was not found.");
  }
}
