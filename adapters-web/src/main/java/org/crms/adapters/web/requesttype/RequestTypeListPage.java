package org.crms.adapters.web.requesttype;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.Formats;
import org.crms.adapters.web.page.NamedListFilters;
import org.crms.domain.requesttype.RequestType;

/**
 * One page of the request type list.
 *
 * @param nextCursor the cursor of the next page; null on the last page
 * @param continued whether this page follows another (it was asked for with a cursor)
 */
public record RequestTypeListPage(
    Chrome chrome,
    NamedListFilters filters,
    List<Row> rows,
    @Nullable String nextCursor,
    boolean continued) {

  /** A type as a line of the list; empty strings for absent fields. */
  public record Row(String id, String name, String targetDays, boolean active, String updated) {
    static Row of(RequestType type) {
      var details = type.details();
      return new Row(
          type.id().value().toString(),
          details.name().value(),
          details.target().map(t -> Integer.toString(t.value())).orElse(""),
          details.active(),
          Formats.dateTime(type.updated().at()));
    }
  }

  static RequestTypeListPage of(
      Chrome chrome,
      NamedListFilters filters,
      List<RequestType> types,
      @Nullable String nextCursor,
      boolean continued) {
    return new RequestTypeListPage(
        chrome, filters, types.stream().map(Row::of).toList(), nextCursor, continued);
  }

  /** The first page with the same filters. */
  public String firstHref() {
    return filters.href(RequestTypePageController.LIST);
  }

  /** The next page with the same filters; null on the last page. */
  public @Nullable String nextHref() {
    return nextCursor == null ? null : filters.href(RequestTypePageController.LIST, nextCursor);
  }

  /** The API's CSV export of every type matching the filters, in the list's order. */
  public String csvHref() {
    return filters.csvHref(RequestTypeController.PATH);
  }
}
