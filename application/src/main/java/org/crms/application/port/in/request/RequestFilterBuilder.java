package org.crms.application.port.in.request;

import java.time.Instant;
import java.util.Set;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.UserId;

/** Collects the conditions of a {@link RequestFilter}; one builder per filter. */
public final class RequestFilterBuilder {
  private Set<RequestStatus> statuses;
  private Set<Priority> priorities;
  private RequestTypeId typeId;
  private ClientId clientId;
  private UserId ownerId;
  private Boolean unassigned;
  private boolean mine;
  private Boolean overdue;
  private Instant createdFrom;
  private Instant createdTo;
  private Instant updatedFrom;
  private Instant updatedTo;
  private String q;

  RequestFilterBuilder() {}

  public RequestFilterBuilder statuses(Set<RequestStatus> value) {
    statuses = value;
    return this;
  }

  public RequestFilterBuilder priorities(Set<Priority> value) {
    priorities = value;
    return this;
  }

  public RequestFilterBuilder typeId(RequestTypeId value) {
    typeId = value;
    return this;
  }

  public RequestFilterBuilder clientId(ClientId value) {
    clientId = value;
    return this;
  }

  public RequestFilterBuilder ownerId(UserId value) {
    ownerId = value;
    return this;
  }

  public RequestFilterBuilder unassigned(Boolean value) {
    unassigned = value;
    return this;
  }

  public RequestFilterBuilder mine(boolean value) {
    mine = value;
    return this;
  }

  public RequestFilterBuilder overdue(Boolean value) {
    overdue = value;
    return this;
  }

  public RequestFilterBuilder created(Instant from, Instant to) {
    createdFrom = from;
    createdTo = to;
    return this;
  }

  public RequestFilterBuilder updated(Instant from, Instant to) {
    updatedFrom = from;
    updatedTo = to;
    return this;
  }

  public RequestFilterBuilder q(String value) {
    q = value;
    return this;
  }

  public RequestFilter build() {
    return new RequestFilter(
        statuses,
        priorities,
        typeId,
        clientId,
        ownerId,
        unassigned,
        mine,
        overdue,
        createdFrom,
        createdTo,
        updatedFrom,
        updatedTo,
        q,
        null,
        null);
  }
}
