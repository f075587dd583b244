package org.crms.adapters.web.contact;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.Option;
import org.crms.adapters.web.page.QueryString;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.domain.contact.ContactRecord;

/**
 * The contact record list: its filter form, one page of records and the links to the next page,
 * back to the first, and to the CSV export of exactly this list.
 *
 * @param nextPage the link to the next page; null on the last
 * @param firstPage the link back to the first page; null on the first
 * @param csvExport the API list with the same query, as CSV
 */
public record ContactRecordListPage(
    Chrome chrome,
    ContactListFilters filters,
    List<ContactRecordRow> rows,
    @Nullable String nextPage,
    @Nullable String firstPage,
    String csvExport) {
  static final String PATH = "/contact-records";

  static ContactRecordListPage of(
      Chrome chrome,
      ContactRecordListParameters parameters,
      Page<ContactRecord, ContactRecordPosition> page) {
    var filters = ContactListFilters.of(parameters);
    var query = filters.addTo(QueryString.empty());
    var next =
        page.next() == null
            ? null
            : query.with("cursor", ContactRecordCursor.encode(page.next())).path(PATH);
    var first = blank(parameters.cursor()) ? null : query.path(PATH);
    var csv = filters.addTo(QueryString.empty().with("format", "csv"));
    return new ContactRecordListPage(
        chrome,
        filters,
        page.items().stream().map(ContactRecordRow::from).toList(),
        next,
        first,
        csv.path(ContactRecordController.PATH));
  }

  public List<Option> methods() {
    return ContactChoices.METHODS;
  }

  public List<Option> outcomes() {
    return ContactChoices.OUTCOMES;
  }

  public List<Option> sorts() {
    return ContactChoices.SORTS;
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
