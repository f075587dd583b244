package org.crms.adapters.web.client;

import java.util.List;
import org.crms.adapters.web.audit.HistoryLine;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.Formats;
import org.crms.domain.client.Client;
import org.crms.domain.client.PhoneNumber;
import org.crms.domain.client.WebsiteUrl;
import org.crms.domain.shared.EmailAddress;

/**
 * A client's page: its facts, its requests (newest first) and its history. Empty strings stand for
 * absent fields.
 */
public record ClientDetailPage(
    Chrome chrome,
    String id,
    String name,
    String email,
    String phone,
    String companyUrl,
    boolean active,
    String created,
    String updated,
    InlineRequest.Section requests,
    List<HistoryLine> history) {

  static ClientDetailPage of(
      Chrome chrome, Client client, InlineRequest.Section requests, List<HistoryLine> history) {
    var details = client.details();
    return new ClientDetailPage(
        chrome,
        client.id().value().toString(),
        details.name().value(),
        details.emailAddress().map(EmailAddress::value).orElse(""),
        details.phoneNumber().map(PhoneNumber::value).orElse(""),
        details.website().map(WebsiteUrl::value).orElse(""),
        details.active(),
        Formats.dateTime(client.created().at()),
        Formats.dateTime(client.updated().at()),
        requests,
        history);
  }
}
