package org.crms.application.fakes;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.crms.application.port.in.contact.ContactRecordFilter;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.application.port.out.ContactRecordRepository;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.StaleAggregateException;

/** Contact records in a map; stores copies. Which requests are live is set by tests. */
public final class InMemoryContactRecordRepository implements ContactRecordRepository {
  private final Map<ContactRecordId, ContactRecord> rows = new LinkedHashMap<>();
  private final Set<ClientRequestId> liveRequests = new HashSet<>();

  @Override
  public Optional<ContactRecord> findById(ContactRecordId id) {
    return Optional.ofNullable(rows.get(id)).map(r -> copy(r, r.version()));
  }

  @Override
  public boolean liveRequestExists(ClientRequestId id) {
    return liveRequests.contains(id);
  }

  /** Pretends that a live client request with this id exists. */
  public void storeLiveRequest(ClientRequestId id) {
    liveRequests.add(id);
  }

  @Override
  public List<ContactRecord> list(
      ContactRecordFilter filter, ContactRecordSort sort, ContactRecordPosition after, int limit) {
    var order = order(sort);
    return rows.values().stream()
        .filter(r -> !r.isDeleted())
        .filter(matching(filter))
        .filter(r -> after == null || order.compare(ContactRecordPosition.of(r, sort), after) > 0)
        .sorted(Comparator.comparing(r -> ContactRecordPosition.of(r, sort), order))
        .limit(limit)
        .map(r -> copy(r, r.version()))
        .toList();
  }

  private static Predicate<ContactRecord> matching(ContactRecordFilter filter) {
    return r -> {
      var details = r.details();
      return (filter.requestId() == null || filter.requestId().value().equals(details.requestId()))
          && (filter.method() == null || details.method() == filter.method())
          && (filter.outcome() == null || details.outcome() == filter.outcome())
          // Due by a day means: its follow-up date is before the day after.
          && (filter.followUpDueBy() == null || r.isFollowUpDue(filter.followUpDueBy().plusDays(1)))
          && filter.contacted().contains(details.contactedAt())
          && filter.created().contains(r.created().at())
          && filter.updated().contains(r.updated().at())
          && (filter.createdBy() == null || filter.createdBy().equals(r.created().by()))
          && (filter.text() == null || containsText(r, filter.text()));
    };
  }

  private static boolean containsText(ContactRecord record, String text) {
    var fragment = text.toLowerCase(Locale.ROOT);
    var details = record.details();
    return details.paymentReference().toLowerCase(Locale.ROOT).contains(fragment)
        || details.fullName().toLowerCase(Locale.ROOT).contains(fragment);
  }

  /** The sort key (text in lower case; no value last in either direction), then the id. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<ContactRecordPosition> order(ContactRecordSort sort) {
    Comparator<Comparable> natural = Comparator.naturalOrder();
    Comparator<Comparable> keys = sort.descending() ? natural.reversed() : natural;
    Comparator<String> ids = Comparator.naturalOrder();
    return Comparator.comparing(
            (ContactRecordPosition p) -> comparableKey(p, sort), Comparator.nullsLast(keys))
        .thenComparing(p -> p.id().value().toString(), sort.descending() ? ids.reversed() : ids);
  }

  @SuppressWarnings("rawtypes")
  private static Comparable comparableKey(ContactRecordPosition position, ContactRecordSort sort) {
    var key = position.key();
    return sort.key().text() ? ((String) key).toLowerCase(Locale.ROOT) : (Comparable) key;
  }

  @Override
  public ContactRecord add(ContactRecord record) {
    rows.put(record.id(), copy(record, record.version()));
    return copy(record, record.version());
  }

  @Override
  public ContactRecord update(ContactRecord record) {
    var stored = rows.get(record.id());
    if (stored == null || stored.version() != record.version()) {
      throw new StaleAggregateException("Contact record", record.id());
    }
    var next = copy(record, record.version() + 1);
    rows.put(record.id(), next);
    return copy(next, next.version());
  }

  private static ContactRecord copy(ContactRecord r, long version) {
    return ContactRecord.reconstitute(
        r.id(), r.details(), r.created(), r.updated(), r.deleted().orElse(null), version);
  }
}
