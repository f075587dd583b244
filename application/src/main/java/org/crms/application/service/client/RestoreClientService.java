package org.crms.application.service.client;

import java.time.Clock;
import java.util.List;
import org.crms.application.port.in.client.ClientNotFoundException;
import org.crms.application.port.in.client.RestoreClientCommand;
import org.crms.application.port.in.client.RestoreClientUseCase;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.ClientRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.client.Client;
import org.crms.domain.client.DuplicateClientNameException;
import org.crms.domain.user.Permission;

/** Brings a client back from the trash, unless a live client has taken its name meanwhile. */
public final class RestoreClientService implements RestoreClientUseCase {
  private final ClientRepository clients;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public RestoreClientService(
      ClientRepository clients, AuditTrail auditTrail, UnitOfWork unitOfWork, Clock clock) {
    this.clients = clients;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public Client restore(RestoreClientCommand command) {
    command.actor().require(Permission.DELETE_RECORDS);
    return unitOfWork.inTransaction(
        () -> {
          var client =
              clients
                  .findById(command.clientId())
                  .orElseThrow(() -> new ClientNotFoundException(command.clientId()));
          var now = clock.instant();
          client.restore(command.actor(), now);
          if (clients.liveNameTaken(client.name(), client.id())) {
            throw new DuplicateClientNameException(client.name());
          }
          var stored = clients.update(client);
          auditTrail.append(
              ClientAudit.event(command.actor(), now, AuditAction.RESTORED, stored, List.of()));
          return stored;
        });
  }
}
