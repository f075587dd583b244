package org.crms.application.port.in.client;

import org.crms.domain.client.Client;

/** Use case: record a new client. */
public interface CreateClientUseCase {
  /**
   * @throws org.crms.domain.client.DuplicateClientNameException if a live client has the name
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  Client create(CreateClientCommand command);
}
