package org.crms.application.fakes;

import org.crms.application.port.out.ClientRequestRepository;
import org.crms.application.port.out.ClientRequestRepositoryContract;
import org.crms.domain.client.ClientId;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;

class InMemoryClientRequestRepositoryTest extends ClientRequestRepositoryContract {
  private final InMemoryClientRequestRepository repository = new InMemoryClientRequestRepository();
  private final Actor actor = new Actor(UserId.newId(), Role.LIMITED);

  @Override
  protected ClientRequestRepository repository() {
    return repository;
  }

  @Override
  protected Actor persistedActor() {
    return actor;
  }

  /** The fake keeps no users: any id will do. */
  @Override
  protected UserId storedUser() {
    return UserId.newId();
  }

  @Override
  protected ClientId storedClient() {
    return ClientId.newId();
  }

  @Override
  protected RequestTypeId storedType() {
    return RequestTypeId.newId();
  }
}
