package org.crms.application.port.in.request;

import org.crms.domain.request.ClientRequest;

/** Use case: edit a request's details and owner, provided nobody changed it since it was read. */
public interface UpdateRequestUseCase {
  /**
   * @throws ClientRequestNotFoundException if no live request has that id
   * @throws org.crms.domain.shared.StaleAggregateException if its version is not the expected one
   * @throws org.crms.domain.shared.InvalidValueException naming {@code clientId}, {@code typeId} or
   *     {@code ownerId} when a changed reference is not live (a type also not active, an owner not
   *     an active user)
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit records
   */
  ClientRequest update(UpdateRequestCommand command);
}
