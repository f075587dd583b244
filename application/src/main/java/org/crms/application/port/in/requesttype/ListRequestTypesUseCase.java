package org.crms.application.port.in.requesttype;

import org.crms.application.port.in.Page;
import org.crms.domain.requesttype.RequestType;

/** Use case: page through live request types, by name or by when they were created or changed. */
public interface ListRequestTypesUseCase {
  /**
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not view records
   */
  Page<RequestType, RequestTypePosition> list(ListRequestTypesQuery query);
}
