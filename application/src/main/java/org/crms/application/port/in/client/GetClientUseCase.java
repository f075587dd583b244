package org.crms.application.port.in.client;

import org.crms.domain.client.Client;

/** Use case: read one live client. */
public interface GetClientUseCase {
  /**
   * @throws ClientNotFoundException if no live client has that id
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not view records
   */
  Client get(GetClientQuery query);
}
