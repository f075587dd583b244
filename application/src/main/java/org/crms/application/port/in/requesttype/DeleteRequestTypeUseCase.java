package org.crms.application.port.in.requesttype;

/** Use case: move an unused request type to the trash (admins only). */
public interface DeleteRequestTypeUseCase {
  /**
   * @throws RequestTypeNotFoundException if no live type has that id
   * @throws org.crms.domain.requesttype.TypeStillInUseException if live requests have this type
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   */
  void delete(DeleteRequestTypeCommand command);
}
