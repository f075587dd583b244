package org.crms.application.fakes;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.client.ClientFilter;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.application.port.out.ClientRepository;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientId;
import org.crms.domain.client.ClientName;
import org.crms.domain.client.DuplicateClientNameException;
import org.crms.domain.shared.StaleAggregateException;

/**
 * Clients in a map; stores copies so that callers cannot change stored state behind its back. Live
 * request counts are set by tests.
 */
public final class InMemoryClientRepository implements ClientRepository {
  private final Map<ClientId, Client> rows = new LinkedHashMap<>();
  private final Map<ClientId, Long> liveRequests = new HashMap<>();

  @Override
  public Optional<Client> findById(ClientId id) {
    return Optional.ofNullable(rows.get(id)).map(c -> copy(c, c.version()));
  }

  @Override
  public boolean liveNameTaken(ClientName name, ClientId except) {
    return rows.values().stream()
        .anyMatch(
            c ->
                !c.isDeleted()
                    && !c.id().equals(except)
                    && c.name().canonical().equals(name.canonical()));
  }

  @Override
  public long liveRequestCount(ClientId id) {
    return liveRequests.getOrDefault(id, 0L);
  }

  /** Pretends that this many live requests belong to the client. */
  public void useBy(ClientId id, long requests) {
    liveRequests.put(id, requests);
  }

  @Override
  public List<Client> list(ClientFilter filter, ListOrder order, ClientPosition after, int limit) {
    var positions =
        ListOrders.of(order, ClientPosition::name, ClientPosition::at, p -> p.id().value());
    return rows.values().stream()
        .filter(c -> !c.isDeleted())
        .filter(c -> filter.active() == null || c.isActive() == filter.active())
        .filter(
            c ->
                filter.nameContains() == null
                    || c.name()
                        .canonical()
                        .contains(filter.nameContains().toLowerCase(Locale.ROOT)))
        .filter(c -> filter.created().contains(c.created().at()))
        .filter(c -> filter.updated().contains(c.updated().at()))
        .filter(
            c -> after == null || positions.compare(ClientPosition.of(c, order.key()), after) > 0)
        .sorted(Comparator.comparing(c -> ClientPosition.of(c, order.key()), positions))
        .limit(limit)
        .map(c -> copy(c, c.version()))
        .toList();
  }

  @Override
  public Client add(Client client) {
    if (liveNameTaken(client.name(), client.id())) {
      throw new DuplicateClientNameException(client.name());
    }
    rows.put(client.id(), copy(client, client.version()));
    return copy(client, client.version());
  }

  @Override
  public Client update(Client client) {
    var stored = rows.get(client.id());
    if (stored == null || stored.version() != client.version()) {
      throw new StaleAggregateException("Client", client.id());
    }
    if (!client.isDeleted() && liveNameTaken(client.name(), client.id())) {
      throw new DuplicateClientNameException(client.name());
    }
    var next = copy(client, client.version() + 1);
    rows.put(client.id(), next);
    return copy(next, next.version());
  }

  private static Client copy(Client c, long version) {
    return Client.reconstitute(
        c.id(), c.details(), c.created(), c.updated(), c.deleted().orElse(null), version);
  }
}
