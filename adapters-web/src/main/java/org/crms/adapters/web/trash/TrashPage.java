package org.crms.adapters.web.trash;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.Formats;
import org.crms.adapters.web.page.Option;
import org.crms.adapters.web.page.QueryString;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.trash.ListTrashQuery;
import org.crms.application.port.in.trash.TrashItem;
import org.crms.application.port.in.trash.TrashPosition;

/**
 * The trash (admins): deleted items of every kind, newest deletion first, each with its restore
 * button.
 *
 * @param itemType the kind chosen in the filter, as asked for; null for every kind
 * @param nextPage the link to the next page; null on the last
 * @param firstPage the link back to the first page; null on the first
 */
public record TrashPage(
    Chrome chrome,
    @Nullable String itemType,
    List<TrashRow> rows,
    @Nullable String nextPage,
    @Nullable String firstPage) {
  static final String PATH = "/trash";
  private static final List<Option> ITEM_TYPES =
      ListTrashQuery.ITEM_TYPES.stream()
          .map(type -> new Option(type.name(), Formats.words(type)))
          .toList();

  static TrashPage of(
      Chrome chrome,
      @Nullable String itemType,
      Page<TrashItem, TrashPosition> found,
      @Nullable String cursor) {
    var query = QueryString.empty().with("itemType", itemType);
    var next =
        found.next() == null
            ? null
            : query.with("cursor", TrashCursors.encode(found.next())).path(PATH);
    var first = cursor == null || cursor.isBlank() ? null : query.path(PATH);
    var rows = found.items().stream().map(TrashRow::from).toList();
    return new TrashPage(chrome, itemType, rows, next, first);
  }

  public List<Option> itemTypes() {
    return ITEM_TYPES;
  }
}
