package org.crms.application.port.in.requesttype;

import org.crms.domain.requesttype.RequestType;

/** Use case: bring a request type back from the trash (admins only). */
public interface RestoreRequestTypeUseCase {
  /**
   * @throws RequestTypeNotFoundException if no type has that id
   * @throws org.crms.domain.requesttype.RequestTypeNotDeletedException if it is not in the trash
   * @throws org.crms.domain.requesttype.DuplicateRequestTypeNameException if a live type took its
   *     name meanwhile
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   */
  RequestType restore(RestoreRequestTypeCommand command);
}
