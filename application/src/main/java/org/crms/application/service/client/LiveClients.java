package org.crms.application.service.client;

import org.crms.application.port.in.client.ClientNotFoundException;
import org.crms.application.port.out.ClientRepository;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientId;

/** Loading a client that is not in the trash, shared by the client use cases. */
final class LiveClients {
  private LiveClients() {}

  static Client require(ClientRepository clients, ClientId id) {
    return clients
        .findById(id)
        .filter(c -> !c.isDeleted())
        .orElseThrow(() -> new ClientNotFoundException(id));
  }
}
