package org.crms.application.port.in.client;

import org.crms.domain.client.Client;

/** Use case: change a client's details, provided nobody changed them since the caller read them. */
public interface UpdateClientUseCase {
  /**
   * @throws ClientNotFoundException if no live client has that id
   * @throws org.crms.domain.shared.StaleAggregateException if the client's version is not the
   *     expected one
   * @throws org.crms.domain.client.DuplicateClientNameException if another live client has the new
   *     name
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  Client update(UpdateClientCommand command);
}
