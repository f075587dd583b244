package org.crms.application.fakes;

import org.crms.application.port.out.ClientRepository;
import org.crms.application.port.out.ClientRepositoryContract;
import org.crms.domain.client.ClientId;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;

class InMemoryClientRepositoryTest extends ClientRepositoryContract {
  private final InMemoryClientRepository repository = new InMemoryClientRepository();
  private final Actor actor = new Actor(UserId.newId(), Role.LIMITED);

  @Override
  protected ClientRepository repository() {
    return repository;
  }

  @Override
  protected Actor persistedActor() {
    return actor;
  }

  /** The fake keeps no requests, only the count of live ones; requests in the trash never count. */
  @Override
  protected void storeRequests(ClientId client, int live, int trashed) {
    repository.useBy(client, live);
  }
}
