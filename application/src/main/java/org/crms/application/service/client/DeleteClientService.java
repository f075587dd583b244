package org.crms.application.service.client;

import java.time.Clock;
import java.util.List;
import org.crms.application.port.in.client.DeleteClientCommand;
import org.crms.application.port.in.client.DeleteClientUseCase;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.ClientRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.user.Permission;

/** Moves a client without live requests to the trash. */
public final class DeleteClientService implements DeleteClientUseCase {
  private final ClientRepository clients;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public DeleteClientService(
      ClientRepository clients, AuditTrail auditTrail, UnitOfWork unitOfWork, Clock clock) {
    this.clients = clients;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public void delete(DeleteClientCommand command) {
    // Checked before loading, so that a limited user learns nothing about which ids exist.
    command.actor().require(Permission.DELETE_RECORDS);
    unitOfWork.inTransaction(
        () -> {
          var client = LiveClients.require(clients, command.clientId());
          var now = clock.instant();
          client.delete(command.actor(), clients.liveRequestCount(client.id()), now);
          var stored = clients.update(client);
          auditTrail.append(
              ClientAudit.event(command.actor(), now, AuditAction.DELETED, stored, List.of()));
          return stored;
        });
  }
}
