package org.crms.domain.client;

import org.crms.domain.shared.ConflictException;

/** Only a client in the trash can be restored. */
public final class ClientNotDeletedException extends ConflictException {
  public ClientNotDeletedException(ClientId id) {
    super("Client " + id + " is not in the trash.");
  }
}
