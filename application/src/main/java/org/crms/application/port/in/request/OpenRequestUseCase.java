package org.crms.application.port.in.request;

import org.crms.domain.request.ClientRequest;

/** Use case: record a new, pending request of a client. */
public interface OpenRequestUseCase {
  /**
   * @throws org.crms.domain.shared.InvalidValueException naming {@code clientId}, {@code typeId} or
   *     {@code ownerId} when the client is not live, the type is not live and active, or the owner
   *     is not an active user
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  ClientRequest open(OpenRequestCommand command);
}
