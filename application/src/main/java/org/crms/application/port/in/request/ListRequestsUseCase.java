package org.crms.application.port.in.request;

import org.crms.application.port.in.Page;
import org.crms.domain.request.ClientRequest;

/** Use case: page through live client requests, filtered and sorted. */
public interface ListRequestsUseCase {
  /**
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not view records
   */
  Page<ClientRequest, RequestPosition> list(ListRequestsQuery query);
}
