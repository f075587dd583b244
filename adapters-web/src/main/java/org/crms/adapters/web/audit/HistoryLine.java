package org.crms.adapters.web.audit;

import java.util.List;
import org.crms.adapters.web.page.Formats;
import org.crms.application.port.in.audit.AuditEntry;

/**
 * One event of an item's history as its page shows it, in the timeline partial {@code
 * tag/history.jte}.
 *
 * @param when when it happened, written out
 * @param who the username of the actor, or "system"
 * @param what the action in words ("Status changed")
 * @param changes each changed field with its old and new value
 */
public record HistoryLine(String when, String who, String what, List<Change> changes) {

  /** One changed field; empty strings stand for "none". */
  public record Change(String field, String from, String to) {}

  public static HistoryLine from(AuditEntry entry) {
    var event = entry.event();
    return new HistoryLine(
        Formats.dateTime(event.occurredAt()),
        entry.actorName() == null ? "system" : entry.actorName().value(),
        Formats.words(event.action()),
        event.changes().stream()
            .map(
                c ->
                    new Change(
                        c.field(),
                        c.oldValue() == null ? "" : c.oldValue(),
                        c.newValue() == null ? "" : c.newValue()))
            .toList());
  }
}
