package org.crms.application.service.client;

import java.time.Clock;
import org.crms.application.port.in.client.UpdateClientCommand;
import org.crms.application.port.in.client.UpdateClientUseCase;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.ClientRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.client.Client;
import org.crms.domain.client.DuplicateClientNameException;
import org.crms.domain.shared.StaleAggregateException;

/** Applies an edit to a client on the version the editor saw, and records the changed fields. */
public final class UpdateClientService implements UpdateClientUseCase {
  private final ClientRepository clients;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public UpdateClientService(
      ClientRepository clients, AuditTrail auditTrail, UnitOfWork unitOfWork, Clock clock) {
    this.clients = clients;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public Client update(UpdateClientCommand command) {
    return unitOfWork.inTransaction(
        () -> {
          var client = LiveClients.require(clients, command.clientId());
          if (client.version() != command.expectedVersion()) {
            throw new StaleAggregateException("Client", client.id());
          }
          var now = clock.instant();
          var changes = client.revise(command.details(), command.actor(), now);
          if (changes.isEmpty()) {
            return client;
          }
          if (clients.liveNameTaken(client.name(), client.id())) {
            throw new DuplicateClientNameException(client.name());
          }
          var stored = clients.update(client);
          auditTrail.append(
              ClientAudit.event(command.actor(), now, AuditAction.UPDATED, stored, changes));
          return stored;
        });
  }
}
