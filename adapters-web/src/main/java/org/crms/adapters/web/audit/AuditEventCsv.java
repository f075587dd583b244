package org.crms.adapters.web.audit;

import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crms.adapters.web.shared.CsvColumn;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.domain.shared.FieldChange;

/**
 * The columns of the audit log export: the fields of {@link AuditEventResponse}, the changes and
 * details each in one cell ({@code field: before -> after; ...} and {@code key=value; ...}, empty
 * values written as nothing).
 */
final class AuditEventCsv {
  static final List<CsvColumn<AuditEntry>> COLUMNS =
      List.of(
          CsvColumn.of("Id", entry -> entry.event().id()),
          CsvColumn.of("At", entry -> entry.event().occurredAt()),
          CsvColumn.of("Action", entry -> entry.event().action().name()),
          CsvColumn.of("Item type", entry -> entry.event().itemType().name()),
          CsvColumn.of("Item id", entry -> entry.event().itemId()),
          CsvColumn.of(
              "User id",
              entry -> entry.event().actor() == null ? null : entry.event().actor().value()),
          CsvColumn.of(
              "Username", entry -> entry.actorName() == null ? null : entry.actorName().value()),
          CsvColumn.of("Changes", entry -> changes(entry.event().changes())),
          CsvColumn.of(
              "Details",
              entry ->
                  new TreeMap<>(entry.event().details())
                      .entrySet().stream()
                          .map(detail -> detail.getKey() + "=" + detail.getValue())
                          .collect(Collectors.joining("; "))));

  private AuditEventCsv() {}

  private static String changes(List<FieldChange> changes) {
    return changes.stream()
        .map(
            change ->
                change.field()
                    + ": "
                    + Objects.toString(change.oldValue(), "")
                    + " -> "
                    + Objects.toString(change.newValue(), ""))
        .collect(Collectors.joining("; "));
  }
}
