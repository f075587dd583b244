package org.crms.application.port.in.client;

import org.crms.domain.client.Client;

/** Use case: bring a client back from the trash (admins only). */
public interface RestoreClientUseCase {
  /**
   * @throws ClientNotFoundException if no client has that id
   * @throws org.crms.domain.client.ClientNotDeletedException if the client is not in the trash
   * @throws org.crms.domain.client.DuplicateClientNameException if a live client took its name
   *     meanwhile
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   */
  Client restore(RestoreClientCommand command);
}
