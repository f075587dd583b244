package org.crms.application.port.in.trash;

import org.crms.application.port.in.Page;

/**
 * Use case: page through the trash (admins only): deleted clients, request types, requests and
 * contact records, newest deletion first.
 */
public interface ListTrashUseCase {
  /**
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may delete records
   */
  Page<TrashItem, TrashPosition> list(ListTrashQuery query);
}
