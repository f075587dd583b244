package org.crms.application.port.in.requesttype;

import org.crms.domain.requesttype.RequestType;

/** Use case: read one live request type. */
public interface GetRequestTypeUseCase {
  /**
   * @throws RequestTypeNotFoundException if no live type has that id
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not view records
   */
  RequestType get(GetRequestTypeQuery query);
}
