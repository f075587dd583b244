package org.crms.adapters.web.client;

import java.time.Instant;
import java.util.UUID;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.client.ClientId;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;

/** Stored clients as a use case would return them. */
final class ClientTestData {
  static final ClientId ACME_ID =
      new ClientId(UUID.fromString("11111111-2222-3333-4444-555555555555"));
  static final UserId CREATOR = new UserId(UUID.fromString("99999999-0000-0000-0000-000000000001"));
  static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
  static final Instant UPDATED = Instant.parse("2026-01-06T10:30:00Z");

  private ClientTestData() {}

  static Client acme(long version) {
    var details =
        ClientDetails.parse(
            "Acme Ltd", "office@acme.example", "+44 20 7946 0000", "https://acme.example", true);
    return Client.reconstitute(
        ACME_ID, details, new Stamp(CREATED, CREATOR), new Stamp(UPDATED, CREATOR), null, version);
  }

  static Client bare(String name) {
    var details = ClientDetails.parse(name, null, null, null, false);
    return Client.reconstitute(
        ClientId.newId(), details, new Stamp(CREATED, null), new Stamp(CREATED, null), null, 0);
  }
}
