package org.crms.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.ClientRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.service.client.ClientQueryService;
import org.crms.application.service.client.CreateClientService;
import org.crms.application.service.client.DeleteClientService;
import org.crms.application.service.client.RestoreClientService;
import org.crms.application.service.client.UpdateClientService;

/**
 * Builds the client use cases: plain objects of the application core, given the adapters that
 * implement its ports.
 */
@Factory
class ClientUseCaseFactory {
  @Singleton
  CreateClientService createClient(
      ClientRepository clients, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new CreateClientService(clients, audit, uow, clock);
  }

  @Singleton
  UpdateClientService updateClient(
      ClientRepository clients, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new UpdateClientService(clients, audit, uow, clock);
  }

  @Singleton
  DeleteClientService deleteClient(
      ClientRepository clients, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new DeleteClientService(clients, audit, uow, clock);
  }

  @Singleton
  RestoreClientService restoreClient(
      ClientRepository clients, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new RestoreClientService(clients, audit, uow, clock);
  }

  @Singleton
  ClientQueryService queryClients(ClientRepository clients, UnitOfWork uow) {
    return new ClientQueryService(clients, uow);
  }
}
