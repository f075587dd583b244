package org.crms.application.port.in.request;

import org.crms.domain.request.ClientRequest;

/** Use case: bring a client request back from the trash (admins only). */
public interface RestoreRequestUseCase {
  /**
   * @throws ClientRequestNotFoundException if no request has that id
   * @throws org.crms.domain.request.RequestNotDeletedException if it is not in the trash
   * @throws org.crms.domain.shared.InvalidValueException naming {@code clientId} or {@code typeId}
   *     when its client or type is in the trash: restore that first
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   */
  ClientRequest restore(RestoreRequestCommand command);
}
