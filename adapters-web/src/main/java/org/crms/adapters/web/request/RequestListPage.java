package org.crms.adapters.web.request;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.Option;

/**
 * The request list: its filter form, one page of requests (each with a box for the bulk edit),
 * sortable column headers, the pager and the CSV export of the same list.
 *
 * @param filters the values of the filter form, as asked for
 * @param columns the table's headers; a sortable one links to the list sorted by it
 * @param nextPage the link to the page after this one; null on the last page
 * @param firstPage the link to the first page; null when this is the first page
 * @param csv the API's CSV export of exactly this list
 * @param back where a bulk edit comes back to: this very page
 * @param choices the options of the select boxes
 */
public record RequestListPage(
    Chrome chrome,
    Filters filters,
    List<Column> columns,
    List<Row> rows,
    @Nullable String nextPage,
    @Nullable String firstPage,
    String csv,
    String back,
    Choices choices) {

  /** The filter form's values; empty strings for "any". */
  public record Filters(
      String status,
      String priority,
      String typeId,
      String clientId,
      String ownerId,
      boolean unassigned,
      boolean mine,
      boolean overdue,
      String createdFrom,
      String createdTo,
      String updatedFrom,
      String updatedTo,
      String q,
      String sort,
      String limit) {}

  /**
   * A column header.
   *
   * @param href the list sorted by this column; null when it cannot be sorted by
   * @param ariaSort "ascending" or "descending" for the column the list is sorted by, else null
   */
  public record Column(String label, @Nullable String href, @Nullable String ariaSort) {}

  /** One request as the table shows it. */
  public record Row(
      String id,
      String href,
      String title,
      String reference,
      String clientName,
      String clientHref,
      String typeName,
      String statusLabel,
      String statusCss,
      String priorityLabel,
      @Nullable String priorityCss,
      String owner,
      String dueOn,
      boolean overdue,
      String updated,
      String created) {}

  /** The options of the filter form's and the bulk bar's select boxes. */
  public record Choices(
      List<Option> statuses,
      List<Option> priorities,
      List<Option> types,
      List<Option> clients,
      List<Option> users,
      List<Option> owners) {}
}
