package org.crms.application.port.in.request;

/** Use case: move a client request to the trash (admins only). */
public interface DeleteRequestUseCase {
  /**
   * @throws ClientRequestNotFoundException if no live request has that id
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   */
  void delete(DeleteRequestCommand command);
}
