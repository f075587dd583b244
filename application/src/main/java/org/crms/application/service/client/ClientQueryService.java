package org.crms.application.service.client;

import org.crms.application.port.in.Page;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.application.port.in.client.GetClientQuery;
import org.crms.application.port.in.client.GetClientUseCase;
import org.crms.application.port.in.client.ListClientsQuery;
import org.crms.application.port.in.client.ListClientsUseCase;
import org.crms.application.port.out.ClientRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.client.Client;
import org.crms.domain.user.Permission;

/** Reads clients: one by id, or a page of the list. */
public final class ClientQueryService implements GetClientUseCase, ListClientsUseCase {
  private final ClientRepository clients;
  private final UnitOfWork unitOfWork;

  public ClientQueryService(ClientRepository clients, UnitOfWork unitOfWork) {
    this.clients = clients;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Client get(GetClientQuery query) {
    query.actor().require(Permission.VIEW_RECORDS);
    return unitOfWork.readOnly(() -> LiveClients.require(clients, query.clientId()));
  }

  @Override
  public Page<Client, ClientPosition> list(ListClientsQuery query) {
    query.actor().require(Permission.VIEW_RECORDS);
    var order = query.order();
    return Page.fetch(
        query.limit(),
        rows -> unitOfWork.readOnly(() -> clients.list(query.filter(), order, query.after(), rows)),
        client -> ClientPosition.of(client, order.key()));
  }
}
