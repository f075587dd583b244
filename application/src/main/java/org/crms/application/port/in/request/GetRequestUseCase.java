package org.crms.application.port.in.request;

import org.crms.domain.request.ClientRequest;

/** Use case: read one live client request. */
public interface GetRequestUseCase {
  /**
   * @throws ClientRequestNotFoundException if no live request has that id
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not view records
   */
  ClientRequest get(GetRequestQuery query);
}
