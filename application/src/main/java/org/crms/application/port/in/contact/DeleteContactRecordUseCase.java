package org.crms.application.port.in.contact;

/** Use case: move a contact record to the trash (admins only). */
public interface DeleteContactRecordUseCase {
  /**
   * @throws ContactRecordNotFoundException if no live record has that id
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   */
  void delete(DeleteContactRecordCommand command);
}
