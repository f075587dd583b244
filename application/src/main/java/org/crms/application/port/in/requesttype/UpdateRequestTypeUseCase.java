package org.crms.application.port.in.requesttype;

import org.crms.domain.requesttype.RequestType;

/** Use case: change a request type, provided nobody changed it since the caller read it. */
public interface UpdateRequestTypeUseCase {
  /**
   * @throws RequestTypeNotFoundException if no live type has that id
   * @throws org.crms.domain.shared.StaleAggregateException if its version is not the expected one
   * @throws org.crms.domain.requesttype.DuplicateRequestTypeNameException if another live type has
   *     the new name
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  RequestType update(UpdateRequestTypeCommand command);
}
