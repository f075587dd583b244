package org.crms.adapters.web.audit;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crms.adapters.web.page.Formats;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.domain.audit.ItemType;

/**
 * One event of the audit log page.
 *
 * @param who the actor's username; null when the system or an anonymous caller acted
 * @param userId the actor's id, to show only what they did; null with {@code who}
 * @param itemLink the page of the item, for the kinds that have one; null otherwise
 * @param details facts other than field changes, as {@code key=value; ...}; empty for none
 */
public record AuditRow(
    String when,
    @Nullable String who,
    @Nullable String userId,
    String action,
    String itemType,
    @Nullable String itemId,
    @Nullable String itemLink,
    List<HistoryLine.Change> changes,
    String details) {

  static AuditRow from(AuditEntry entry) {
    var event = entry.event();
    var item = event.itemId() == null ? null : event.itemId().toString();
    return new AuditRow(
        Formats.dateTime(event.occurredAt()),
        entry.actorName() == null ? null : entry.actorName().value(),
        event.actor() == null ? null : event.actor().value().toString(),
        Formats.words(event.action()),
        Formats.words(event.itemType()),
        item,
        item == null ? null : link(event.itemType(), item),
        HistoryLine.from(entry).changes(),
        new TreeMap<>(event.details())
            .entrySet().stream()
                .map(detail -> detail.getKey() + "=" + detail.getValue())
                .collect(Collectors.joining("; ")));
  }

  private static @Nullable String link(ItemType type, String id) {
    return switch (type) {
      case CLIENT -> "/clients/" + id;
      case REQUEST_TYPE -> "/request-types/" + id;
      case REQUEST -> "/requests/" + id;
      case CONTACT_RECORD -> "/contact-records/" + id;
      case USER -> null;
    };
  }
}
