package org.crms.application.port.in.requesttype;

import org.crms.domain.requesttype.RequestType;

/** Use case: record a new kind of request. */
public interface DefineRequestTypeUseCase {
  /**
   * @throws org.crms.domain.requesttype.DuplicateRequestTypeNameException if a live type has the
   *     name
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  RequestType define(DefineRequestTypeCommand command);
}
