package org.crms.application.service.client;

import java.time.Clock;
import org.crms.application.port.in.client.CreateClientCommand;
import org.crms.application.port.in.client.CreateClientUseCase;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.ClientRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.client.Client;
import org.crms.domain.client.DuplicateClientNameException;

/** Records a new client and its creation in the audit trail. */
public final class CreateClientService implements CreateClientUseCase {
  private final ClientRepository clients;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public CreateClientService(
      ClientRepository clients, AuditTrail auditTrail, UnitOfWork unitOfWork, Clock clock) {
    this.clients = clients;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public Client create(CreateClientCommand command) {
    return unitOfWork.inTransaction(
        () -> {
          var now = clock.instant();
          var client = Client.open(command.details(), command.actor(), now);
          if (clients.liveNameTaken(client.name(), client.id())) {
            throw new DuplicateClientNameException(client.name());
          }
          var stored = clients.add(client);
          auditTrail.append(
              ClientAudit.event(
                  command.actor(), now, AuditAction.CREATED, stored, stored.describeCreation()));
          return stored;
        });
  }
}
