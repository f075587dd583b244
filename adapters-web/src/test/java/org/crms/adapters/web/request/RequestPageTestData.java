package org.crms.adapters.web.request;

import java.util.List;
import org.crms.application.port.in.Page;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.client.ClientId;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Stamp;

/** What the request page tests send and read: signed-in browser requests, forms, flashes. */
final class RequestPageTestData {
  private RequestPageTestData() {}

  static Client client(ClientId id, String name) {
    var details = ClientDetails.parse(name, null, null, null, true);
    var stamp = new Stamp(RequestTestData.CREATED, null);
    return Client.reconstitute(id, details, stamp, stamp, null, 0);
  }

  static RequestType type(RequestTypeId id, String name) {
    var details = RequestTypeDetails.parse(name, null, 5, true);
    var stamp = new Stamp(RequestTestData.CREATED, null);
    return RequestType.reconstitute(id, details, stamp, stamp, null, 0);
  }

  static <T, P> Page<T, P> none() {
    return new Page<>(List.of(), null);
  }
}
