package org.crms.application.fakes;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.crms.application.port.out.RequestTypeRepository;
import org.crms.domain.requesttype.DuplicateRequestTypeNameException;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.requesttype.RequestTypeName;
import org.crms.domain.shared.StaleAggregateException;

/** Request types in a map; stores copies. Live request counts are set by tests. */
public final class InMemoryRequestTypeRepository implements RequestTypeRepository {
  private final Map<RequestTypeId, RequestType> rows = new LinkedHashMap<>();
  private final Map<RequestTypeId, Long> liveRequests = new HashMap<>();

  @Override
  public Optional<RequestType> findById(RequestTypeId id) {
    return Optional.ofNullable(rows.get(id)).map(t -> copy(t, t.version()));
  }

  @Override
  public boolean liveNameTaken(RequestTypeName name, RequestTypeId except) {
    return rows.values().stream()
        .anyMatch(
            t ->
                !t.isDeleted()
                    && !t.id().equals(except)
                    && t.name().canonical().equals(name.canonical()));
  }

  @Override
  public long liveRequestCount(RequestTypeId id) {
    return liveRequests.getOrDefault(id, 0L);
  }

  /** Pretends that this many live requests use the type. */
  public void useBy(RequestTypeId id, long requests) {
    liveRequests.put(id, requests);
  }

  @Override
  public List<RequestType> list(
      RequestTypeFilter filter, ListOrder order, RequestTypePosition after, int limit) {
    var positions =
        ListOrders.of(
            order, RequestTypePosition::name, RequestTypePosition::at, p -> p.id().value());
    return rows.values().stream()
        .filter(t -> !t.isDeleted())
        .filter(t -> filter.active() == null || t.isActive() == filter.active())
        .filter(
            t ->
                filter.nameContains() == null
                    || t.name()
                        .canonical()
                        .contains(filter.nameContains().toLowerCase(Locale.ROOT)))
        .filter(t -> filter.created().contains(t.created().at()))
        .filter(t -> filter.updated().contains(t.updated().at()))
        .filter(
            t ->
                after == null
                    || positions.compare(RequestTypePosition.of(t, order.key()), after) > 0)
        .sorted(Comparator.comparing(t -> RequestTypePosition.of(t, order.key()), positions))
        .limit(limit)
        .map(t -> copy(t, t.version()))
        .toList();
  }

  @Override
  public RequestType add(RequestType type) {
    if (liveNameTaken(type.name(), type.id())) {
      throw new DuplicateRequestTypeNameException(type.name());
    }
    rows.put(type.id(), copy(type, type.version()));
    return copy(type, type.version());
  }

  @Override
  public RequestType update(RequestType type) {
    var stored = rows.get(type.id());
    if (stored == null || stored.version() != type.version()) {
      throw new StaleAggregateException("Request type", type.id());
    }
    if (!type.isDeleted() && liveNameTaken(type.name(), type.id())) {
      throw new DuplicateRequestTypeNameException(type.name());
    }
    var next = copy(type, type.version() + 1);
    rows.put(type.id(), next);
    return copy(next, next.version());
  }

  private static RequestType copy(RequestType t, long version) {
    return RequestType.reconstitute(
        t.id(), t.details(), t.created(), t.updated(), t.deleted().orElse(null), version);
  }
}
