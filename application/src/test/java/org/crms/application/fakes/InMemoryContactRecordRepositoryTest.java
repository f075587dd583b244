package org.crms.application.fakes;

import org.crms.application.port.out.ContactRecordRepository;
import org.crms.application.port.out.ContactRecordRepositoryContract;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;

class InMemoryContactRecordRepositoryTest extends ContactRecordRepositoryContract {
  private final InMemoryContactRecordRepository repository = new InMemoryContactRecordRepository();
  private final Actor actor = new Actor(UserId.newId(), Role.LIMITED);
  private final Actor other = new Actor(UserId.newId(), Role.LIMITED);

  @Override
  protected ContactRecordRepository repository() {
    return repository;
  }

  @Override
  protected Actor persistedActor() {
    return actor;
  }

  @Override
  protected Actor otherPersistedActor() {
    return other;
  }

  /** The fake keeps no requests, only the ids of live ones. */
  @Override
  protected ClientRequestId storeRequest(boolean live) {
    var id = ClientRequestId.newId();
    if (live) {
      repository.storeLiveRequest(id);
    }
    return id;
  }
}
