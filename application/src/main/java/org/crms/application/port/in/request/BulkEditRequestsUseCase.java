package org.crms.application.port.in.request;

/**
 * Use case: apply one change (status, owner, priority, due date or type) to many requests. Each
 * request is changed in a transaction of its own and audited like a single edit, so that one
 * refusal (an illegal move, a request gone, a concurrent edit) never undoes the others.
 */
public interface BulkEditRequestsUseCase {
  /**
   * @return what happened to each request, in the order of the command's ids
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not edit in bulk
   */
  BulkEditResult edit(BulkEditRequestsCommand command);
}
