package org.crms.application.port.out;

import java.util.List;
import java.util.Optional;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.client.ClientFilter;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientId;
import org.crms.domain.client.ClientName;

/** Loads and stores clients; applies no business rules. */
public interface ClientRepository {
  /** The client with that id, live or in the trash. */
  Optional<Client> findById(ClientId id);

  /** Whether a live client other than {@code except} has this name, compared regardless of case. */
  boolean liveNameTaken(ClientName name, ClientId except);

  /**
   * How many requests not in the trash belong to this client. Keeps the client from gaining a new
   * request until the transaction ends, so that the count still holds when the client is deleted.
   */
  long liveRequestCount(ClientId id);

  /**
   * Live clients matching the filter, in the order (names compared regardless of case; ties broken
   * by id in the order's direction), strictly after the position when one is given.
   *
   * @param after a position in this order, or null for the start
   */
  List<Client> list(ClientFilter filter, ListOrder order, ClientPosition after, int limit);

  /**
   * Stores a new client.
   *
   * @return the client as stored
   * @throws org.crms.domain.client.DuplicateClientNameException if a live client has the name
   */
  Client add(Client client);

  /**
   * Stores a changed client, provided the stored version is still the one it was read at.
   *
   * @return the client as stored, with its new version
   * @throws org.crms.domain.shared.StaleAggregateException if the stored version moved on
   * @throws org.crms.domain.client.DuplicateClientNameException if a live client has the name
   */
  Client update(Client client);
}
