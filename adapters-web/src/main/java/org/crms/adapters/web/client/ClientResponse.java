package org.crms.adapters.web.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.crms.adapters.web.shared.EntityTags;
import org.crms.domain.client.Client;
import org.crms.domain.client.PhoneNumber;
import org.crms.domain.client.WebsiteUrl;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.user.UserId;

/**
 * A client as the API shows it. Absent optional fields are {@code null}, so every client has the
 * same shape.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ClientResponse(
    UUID id,
    String name,
    String email,
    String phone,
    String companyUrl,
    boolean active,
    Instant createdAt,
    UUID createdBy,
    Instant updatedAt,
    UUID updatedBy,
    long version) {

  static ClientResponse from(Client client) {
    var details = client.details();
    return new ClientResponse(
        client.id().value(),
        details.name().value(),
        details.emailAddress().map(EmailAddress::value).orElse(null),
        details.phoneNumber().map(PhoneNumber::value).orElse(null),
        details.website().map(WebsiteUrl::value).orElse(null),
        details.active(),
        client.created().at(),
        idOf(client.created().by()),
        client.updated().at(),
        idOf(client.updated().by()),
        client.version());
  }

  /** 200 with the client, and its version as {@code ETag}. */
  static HttpResponse<ClientResponse> tagged(Client client) {
    return EntityTags.tagged(HttpResponse.ok(from(client)), client.version());
  }

  private static UUID idOf(UserId user) {
    return user == null ? null : user.value();
  }
}
