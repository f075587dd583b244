package org.crms.adapters.web.client;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.Formats;
import org.crms.adapters.web.page.NamedListFilters;
import org.crms.domain.client.Client;
import org.crms.domain.client.PhoneNumber;
import org.crms.domain.shared.EmailAddress;

/**
 * One page of the client list.
 *
 * @param nextCursor the cursor of the next page; null on the last page
 * @param continued whether this page follows another (it was asked for with a cursor)
 */
public record ClientListPage(
    Chrome chrome,
    NamedListFilters filters,
    List<Row> rows,
    @Nullable String nextCursor,
    boolean continued) {

  /** A client as a line of the list; empty strings for absent fields. */
  public record Row(
      String id, String name, String email, String phone, boolean active, String updated) {
    static Row of(Client client) {
      var details = client.details();
      return new Row(
          client.id().value().toString(),
          details.name().value(),
          details.emailAddress().map(EmailAddress::value).orElse(""),
          details.phoneNumber().map(PhoneNumber::value).orElse(""),
          details.active(),
          Formats.dateTime(client.updated().at()));
    }
  }

  static ClientListPage of(
      Chrome chrome,
      NamedListFilters filters,
      List<Client> clients,
      @Nullable String nextCursor,
      boolean continued) {
    return new ClientListPage(
        chrome, filters, clients.stream().map(Row::of).toList(), nextCursor, continued);
  }

  /** The first page with the same filters. */
  public String firstHref() {
    return filters.href(ClientPageController.LIST);
  }

  /** The next page with the same filters; null on the last page. */
  public @Nullable String nextHref() {
    return nextCursor == null ? null : filters.href(ClientPageController.LIST, nextCursor);
  }

  /** The API's CSV export of every client matching the filters, in the list's order. */
  public String csvHref() {
    return filters.csvHref(ClientController.PATH);
  }
}
