package org.crms.adapters.web.client;

import java.util.List;
import org.crms.adapters.web.shared.CsvColumn;
import org.crms.domain.client.Client;
import org.crms.domain.client.PhoneNumber;
import org.crms.domain.client.WebsiteUrl;
import org.crms.domain.shared.EmailAddress;

/** The columns of the client export: the fields of {@link ClientResponse} but the version. */
final class ClientCsv {
  static final List<CsvColumn<Client>> COLUMNS =
      CsvColumn.withStamps(
          List.of(
              CsvColumn.of("Id", client -> client.id().value()),
              CsvColumn.of("Name", client -> client.details().name().value()),
              CsvColumn.of(
                  "Email",
                  client -> client.details().emailAddress().map(EmailAddress::value).orElse(null)),
              CsvColumn.of(
                  "Phone",
                  client -> client.details().phoneNumber().map(PhoneNumber::value).orElse(null)),
              CsvColumn.of(
                  "Website",
                  client -> client.details().website().map(WebsiteUrl::value).orElse(null)),
              CsvColumn.of("Active", client -> client.details().active())),
          Client::created,
          Client::updated);

  private ClientCsv() {}
}
