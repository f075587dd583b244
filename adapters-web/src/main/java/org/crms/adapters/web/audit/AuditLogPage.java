package org.crms.adapters.web.audit;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.Formats;
import org.crms.adapters.web.page.Option;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.application.port.in.audit.AuditPosition;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.ItemType;

/**
 * The global audit log (admins): its filter form and one page of events, newest first.
 *
 * @param nextPage the link to older events; null on the last page
 * @param firstPage the link back to the newest; null on the first page
 */
public record AuditLogPage(
    Chrome chrome,
    AuditLogFilters filters,
    List<AuditRow> rows,
    @Nullable String nextPage,
    @Nullable String firstPage) {
  static final String PATH = "/audit";
  private static final List<Option> ACTIONS =
      Arrays.stream(AuditAction.values())
          .map(action -> new Option(action.name(), Formats.words(action)))
          .toList();
  private static final List<Option> ITEM_TYPES =
      Arrays.stream(ItemType.values())
          .map(type -> new Option(type.name(), Formats.words(type)))
          .toList();

  static AuditLogPage of(
      Chrome chrome,
      AuditLogFilters filters,
      Page<AuditEntry, AuditPosition> found,
      @Nullable Integer limit,
      @Nullable String cursor) {
    var links = filters.query().with("limit", limit == null ? null : limit.toString());
    var next =
        found.next() == null
            ? null
            : links.with("cursor", AuditCursors.encode(found.next())).path(PATH);
    var first = cursor == null || cursor.isBlank() ? null : links.path(PATH);
    var rows = found.items().stream().map(AuditRow::from).toList();
    return new AuditLogPage(chrome, filters, rows, next, first);
  }

  public List<Option> actions() {
    return ACTIONS;
  }

  public List<Option> itemTypes() {
    return ITEM_TYPES;
  }

  /** The link that shows only what this user did, within the other filters. */
  public String onlyUser(String userId) {
    var filters =
        new AuditLogFilters(
            userId,
            this.filters.action(),
            this.filters.itemType(),
            this.filters.itemId(),
            this.filters.from(),
            this.filters.to());
    return filters.query().path(PATH);
  }
}
