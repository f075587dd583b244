package org.crms.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.application.port.in.audit.AuditFilter;
import org.crms.application.port.in.audit.AuditPosition;
import org.crms.application.port.out.AuditLog;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.user.User;

/**
 * An audit trail in a list that can also be read back; actors' usernames come from a user
 * repository, as the real log joins them from the users' table.
 */
public final class InMemoryAuditLog implements AuditTrail, AuditLog {
  // Newest first; ids compared as text, which is how PostgreSQL orders uuids (bytewise, unsigned).
  private static final Comparator<AuditPosition> NEWEST_FIRST =
      Comparator.comparing(AuditPosition::at).thenComparing(p -> p.id().toString()).reversed();
  private final List<AuditEvent> events = new ArrayList<>();
  private final UserRepository users;

  public InMemoryAuditLog(UserRepository users) {
    this.users = users;
  }

  @Override
  public void append(AuditEvent event) {
    events.add(event);
  }

  @Override
  public List<AuditEntry> list(AuditFilter filter, AuditPosition after, int limit) {
    return events.stream()
        .filter(e -> matches(filter, e))
        .map(this::entry)
        .filter(e -> after == null || NEWEST_FIRST.compare(AuditPosition.of(e), after) > 0)
        .sorted(Comparator.comparing(AuditPosition::of, NEWEST_FIRST))
        .limit(limit)
        .toList();
  }

  private static boolean matches(AuditFilter filter, AuditEvent event) {
    return (filter.actor() == null || filter.actor().equals(event.actor()))
        && (filter.actions().isEmpty() || filter.actions().contains(event.action()))
        && (filter.itemType() == null || filter.itemType() == event.itemType())
        && (filter.itemId() == null || filter.itemId().equals(event.itemId()))
        && filter.period().contains(event.occurredAt());
  }

  private AuditEntry entry(AuditEvent event) {
    var name =
        event.actor() == null
            ? null
            : users.findById(event.actor()).map(User::username).orElseThrow();
    return new AuditEntry(event, name);
  }
}
