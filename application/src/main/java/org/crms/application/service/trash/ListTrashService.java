package org.crms.application.service.trash;

import org.crms.application.port.in.Page;
import org.crms.application.port.in.trash.ListTrashQuery;
import org.crms.application.port.in.trash.ListTrashUseCase;
import org.crms.application.port.in.trash.TrashItem;
import org.crms.application.port.in.trash.TrashPosition;
import org.crms.application.port.out.TrashQueries;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.user.Permission;

/**
 * Pages through the trash. Only those who may delete and restore items see it, since restoring is
 * all it is for.
 */
public final class ListTrashService implements ListTrashUseCase {
  private final TrashQueries trash;
  private final UnitOfWork unitOfWork;

  public ListTrashService(TrashQueries trash, UnitOfWork unitOfWork) {
    this.trash = trash;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Page<TrashItem, TrashPosition> list(ListTrashQuery query) {
    query.actor().require(Permission.DELETE_RECORDS);
    return Page.fetch(
        query.limit(),
        rows -> unitOfWork.readOnly(() -> trash.list(query.itemType(), query.after(), rows)),
        TrashPosition::of);
  }
}
