package org.crms.adapters.persistence.client;

import org.crms.adapters.persistence.jooq.tables.records.ClientRecord;
import org.crms.adapters.persistence.shared.Stamps;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.client.ClientId;
import org.crms.domain.client.ClientName;
import org.crms.domain.client.PhoneNumber;
import org.crms.domain.client.WebsiteUrl;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;

/** Translates between {@link Client} and rows of {@code client}. */
final class ClientRecordMapper {
  private ClientRecordMapper() {}

  static Client toDomain(ClientRecord row) {
    var details =
        new ClientDetails(
            new ClientName(row.getName()),
            row.getEmail() == null ? null : new EmailAddress(row.getEmail()),
            row.getPhone() == null ? null : new PhoneNumber(row.getPhone()),
            row.getCompanyUrl() == null ? null : new WebsiteUrl(row.getCompanyUrl()),
            row.getActive());
    return Client.reconstitute(
        new ClientId(row.getId()),
        details,
        Stamps.of(row.getCreatedAt(), row.getCreatedBy()),
        Stamps.of(row.getUpdatedAt(), row.getUpdatedBy()),
        Stamps.deletedOrNull(row.getDeletedAt(), row.getDeletedBy()),
        row.getVersion());
  }

  /** A new row holding every field of the client. */
  static ClientRecord toRecord(Client client) {
    var row = changeableColumns(client);
    row.setId(client.id().value());
    row.setCreatedAt(client.created().at());
    row.setCreatedBy(Stamps.userId(client.created().by()));
    row.setVersion(client.version());
    return row;
  }

  /**
   * A row in which only the columns an update may change are set (all but identity, creation and
   * version); jOOQ writes only the columns that were set.
   */
  static ClientRecord changeableColumns(Client client) {
    var details = client.details();
    var deleted = client.deleted();
    var row = new ClientRecord();
    row.setName(details.name().value());
    row.setEmail(details.emailAddress().map(EmailAddress::value).orElse(null));
    row.setPhone(details.phoneNumber().map(PhoneNumber::value).orElse(null));
    row.setCompanyUrl(details.website().map(WebsiteUrl::value).orElse(null));
    row.setActive(details.active());
    row.setUpdatedAt(client.updated().at());
    row.setUpdatedBy(Stamps.userId(client.updated().by()));
    row.setDeletedAt(deleted.map(Stamp::at).orElse(null));
    row.setDeletedBy(deleted.map(Stamp::by).map(UserId::value).orElse(null));
    return row;
  }
}
