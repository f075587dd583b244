package org.crms.application.port.in.client;

import org.crms.domain.client.ClientId;
import org.crms.domain.shared.NotFoundException;

/** No live client has that id (it may never have existed, or be in the trash). */
public final class ClientNotFoundException extends NotFoundException {
  public ClientNotFoundException(ClientId id) {
    super("Client " + id + " was not found.");
  }
}
