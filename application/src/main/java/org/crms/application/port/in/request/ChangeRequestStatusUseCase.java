package org.crms.application.port.in.request;

import org.crms.domain.request.ClientRequest;

/** Use case: move a client request to another status of its workflow. */
public interface ChangeRequestStatusUseCase {
  /**
   * @throws ClientRequestNotFoundException if no live request has that id
   * @throws org.crms.domain.request.IllegalStatusTransitionException if the workflow forbids the
   *     move
   * @throws org.crms.domain.shared.StaleAggregateException if an expected version was given and is
   *     not the current one, or someone changed the request meanwhile
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not change status
   */
  ClientRequest changeStatus(ChangeRequestStatusCommand command);
}
