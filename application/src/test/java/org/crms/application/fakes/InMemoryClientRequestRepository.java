package org.crms.application.fakes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.crms.application.port.in.request.RequestFilter;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.in.request.RequestSort;
import org.crms.application.port.out.ClientRequestRepository;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.StaleAggregateException;

/**
 * Client requests in a map; stores copies. It knows no clients or types, so it never refuses a
 * request for its client or type being in the trash.
 */
public final class InMemoryClientRequestRepository implements ClientRequestRepository {
  private final Map<ClientRequestId, ClientRequest> rows = new LinkedHashMap<>();

  @Override
  public Optional<ClientRequest> findById(ClientRequestId id) {
    return Optional.ofNullable(rows.get(id)).map(r -> copy(r, r.version()));
  }

  @Override
  public List<ClientRequest> list(
      RequestFilter filter, RequestSort sort, RequestPosition after, int limit) {
    var order = order(sort);
    return rows.values().stream()
        .filter(r -> !r.isDeleted())
        .filter(matching(filter))
        .filter(r -> after == null || order.compare(RequestPosition.of(r, sort), after) > 0)
        .sorted(Comparator.comparing(r -> RequestPosition.of(r, sort), order))
        .limit(limit)
        .map(r -> copy(r, r.version()))
        .toList();
  }

  @Override
  public ClientRequest add(ClientRequest request) {
    rows.put(request.id(), copy(request, request.version()));
    return copy(request, request.version());
  }

  @Override
  public ClientRequest update(ClientRequest request) {
    var stored = rows.get(request.id());
    if (stored == null || stored.version() != request.version()) {
      throw new StaleAggregateException("Request", request.id());
    }
    var next = copy(request, request.version() + 1);
    rows.put(request.id(), next);
    return copy(next, next.version());
  }

  /** The list's order: the key (a due date's absence last either way), then the id as text. */
  private static Comparator<RequestPosition> order(RequestSort sort) {
    Comparator<RequestPosition> byKey =
        switch (sort.key()) {
          case CREATED, UPDATED -> Comparator.comparing(RequestPosition::instant);
          case DUE ->
              Comparator.comparing(
                  RequestPosition::dueOn, Comparator.nullsFirst(Comparator.naturalOrder()));
          case PRIORITY -> Comparator.comparing(RequestPosition::priority);
          case STATUS -> Comparator.comparing(RequestPosition::status);
          case TITLE -> Comparator.comparing(p -> p.key().toLowerCase(Locale.ROOT));
        };
    Comparator<RequestPosition> total = byKey.thenComparing(p -> p.id().value().toString());
    Comparator<RequestPosition> directed = sort.descending() ? total.reversed() : total;
    if (sort.key() != RequestSort.Key.DUE) {
      return directed;
    }
    return Comparator.comparing((RequestPosition p) -> p.dueOn() == null).thenComparing(directed);
  }

  private static Predicate<ClientRequest> matching(RequestFilter f) {
    Predicate<ClientRequest> all = r -> true;
    return all.and(r -> f.statuses().isEmpty() || f.statuses().contains(r.status()))
        .and(r -> f.priorities().isEmpty() || f.priorities().contains(r.details().priority()))
        .and(r -> f.typeId() == null || f.typeId().equals(r.details().typeId()))
        .and(r -> f.clientId() == null || f.clientId().equals(r.details().clientId()))
        .and(r -> f.ownerId() == null || r.owner().equals(Optional.of(f.ownerId())))
        .and(r -> f.unassigned() == null || r.owner().isEmpty() == f.unassigned())
        .and(r -> !f.mine() || r.owner().equals(Optional.of(f.me())))
        .and(r -> f.overdue() == null || r.isOverdue(f.today()) == f.overdue())
        .and(r -> f.createdFrom() == null || !r.created().at().isBefore(f.createdFrom()))
        .and(r -> f.createdTo() == null || r.created().at().isBefore(f.createdTo()))
        .and(r -> f.updatedFrom() == null || !r.updated().at().isBefore(f.updatedFrom()))
        .and(r -> f.updatedTo() == null || r.updated().at().isBefore(f.updatedTo()))
        .and(r -> f.q() == null || contains(r, f.q().toLowerCase(Locale.ROOT)));
  }

  private static boolean contains(ClientRequest r, String fragment) {
    var reference = r.details().reference();
    return r.details().title().toLowerCase(Locale.ROOT).contains(fragment)
        || (reference != null && reference.toLowerCase(Locale.ROOT).contains(fragment));
  }

  private static ClientRequest copy(ClientRequest r, long version) {
    return ClientRequest.reconstitute(
        new ClientRequest.State(
            r.id(),
            r.details(),
            r.status(),
            r.owner().orElse(null),
            r.created(),
            r.updated(),
            r.startedAt().orElse(null),
            r.completedAt().orElse(null),
            r.deleted().orElse(null),
            version));
  }
}
