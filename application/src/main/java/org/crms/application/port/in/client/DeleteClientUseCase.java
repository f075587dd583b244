package org.crms.application.port.in.client;

/** Use case: move a client without live requests to the trash (admins only). */
public interface DeleteClientUseCase {
  /**
   * @throws ClientNotFoundException if no live client has that id
   * @throws org.crms.domain.client.ClientStillInUseException if live requests belong to the client
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   */
  void delete(DeleteClientCommand command);
}
