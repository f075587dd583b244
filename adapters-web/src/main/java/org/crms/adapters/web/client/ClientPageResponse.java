package org.crms.adapters.web.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.domain.client.Client;

/**
 * One page of clients.
 *
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ClientPageResponse(List<ClientResponse> items, String nextCursor) {

  static ClientPageResponse from(Page<Client, ClientPosition> page) {
    return new ClientPageResponse(
        page.items().stream().map(ClientResponse::from).toList(),
        page.nextPosition().map(ClientCursor::encode).orElse(null));
  }
}
