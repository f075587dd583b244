package org.crms.application.service.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.request.ClientRequestNotFoundException;
import org.crms.application.port.in.request.GetRequestQuery;
import org.crms.application.port.in.request.GetRequestUseCase;
import org.crms.application.port.in.request.ListRequestsQuery;
import org.crms.application.port.in.request.ListRequestsUseCase;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.out.ClientRequestRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.user.Permission;

/**
 * Reads client requests: one by id, or a page of the list. "Mine" is the caller's, and "today",
 * which decides what is overdue, is the clock's day in UTC, as the domain counts due dates.
 */
public final class RequestQueryService implements GetRequestUseCase, ListRequestsUseCase {
  private final ClientRequestRepository requests;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public RequestQueryService(ClientRequestRepository requests, UnitOfWork unitOfWork, Clock clock) {
    this.requests = requests;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public ClientRequest get(GetRequestQuery query) {
    query.actor().require(Permission.VIEW_RECORDS);
    var id = query.requestId();
    return unitOfWork
        .readOnly(() -> requests.findById(id))
        .filter(r -> !r.isDeleted())
        .orElseThrow(() -> new ClientRequestNotFoundException(id));
  }

  @Override
  public Page<ClientRequest, RequestPosition> list(ListRequestsQuery query) {
    query.actor().require(Permission.VIEW_RECORDS);
    var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    var filter = query.filter().resolvedFor(query.actor().userId(), today);
    var sort = query.sort();
    return Page.fetch(
        query.limit(),
        rows -> unitOfWork.readOnly(() -> requests.list(filter, sort, query.after(), rows)),
        request -> RequestPosition.of(request, sort));
  }
}
