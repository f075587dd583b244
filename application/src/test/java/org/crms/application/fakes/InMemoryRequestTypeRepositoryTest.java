package org.crms.application.fakes;

import org.crms.application.port.out.RequestTypeRepository;
import org.crms.application.port.out.RequestTypeRepositoryContract;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;

class InMemoryRequestTypeRepositoryTest extends RequestTypeRepositoryContract {
  private final InMemoryRequestTypeRepository repository = new InMemoryRequestTypeRepository();
  private final Actor actor = new Actor(UserId.newId(), Role.LIMITED);

  @Override
  protected RequestTypeRepository repository() {
    return repository;
  }

  @Override
  protected Actor persistedActor() {
    return actor;
  }

  /** The fake keeps no requests, only the count of live ones; requests in the trash never count. */
  @Override
  protected void storeRequests(RequestTypeId type, int live, int trashed) {
    repository.useBy(type, live);
  }
}
