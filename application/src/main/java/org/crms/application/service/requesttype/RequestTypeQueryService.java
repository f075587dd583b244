package org.crms.application.service.requesttype;

import org.crms.application.port.in.Page;
import org.crms.application.port.in.requesttype.GetRequestTypeQuery;
import org.crms.application.port.in.requesttype.GetRequestTypeUseCase;
import org.crms.application.port.in.requesttype.ListRequestTypesQuery;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.requesttype.RequestTypeNotFoundException;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.crms.application.port.out.RequestTypeRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.user.Permission;

/** Reads request types: one by id, or a page of the list. */
public final class RequestTypeQueryService
    implements GetRequestTypeUseCase, ListRequestTypesUseCase {
  private final RequestTypeRepository types;
  private final UnitOfWork unitOfWork;

  public RequestTypeQueryService(RequestTypeRepository types, UnitOfWork unitOfWork) {
    this.types = types;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public RequestType get(GetRequestTypeQuery query) {
    query.actor().require(Permission.VIEW_RECORDS);
    var id = query.typeId();
    return unitOfWork
        .readOnly(() -> types.findById(id))
        .filter(t -> !t.isDeleted())
        .orElseThrow(() -> new RequestTypeNotFoundException(id));
  }

  @Override
  public Page<RequestType, RequestTypePosition> list(ListRequestTypesQuery query) {
    query.actor().require(Permission.VIEW_RECORDS);
    var order = query.order();
    return Page.fetch(
        query.limit(),
        rows -> unitOfWork.readOnly(() -> types.list(query.filter(), order, query.after(), rows)),
        type -> RequestTypePosition.of(type, order.key()));
  }
}
