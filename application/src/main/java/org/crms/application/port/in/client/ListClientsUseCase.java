package org.crms.application.port.in.client;

import org.crms.application.port.in.Page;
import org.crms.domain.client.Client;

/**
 * Use case: page through live clients, by name or by when they were created or changed, filtered.
 */
public interface ListClientsUseCase {
  /**
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not view records
   */
  Page<Client, ClientPosition> list(ListClientsQuery query);
}
