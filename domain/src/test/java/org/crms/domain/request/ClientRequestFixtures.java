package org.crms.domain.request;

import java.time.Instant;
import java.time.LocalDate;
import org.crms.domain.client.ClientId;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;

/** Ready-made client requests for tests of every module. */
public final class ClientRequestFixtures {
  /** When the requests of these fixtures are opened: 2026-05-04 in UTC. */
  public static final Instant OPENED = Instant.parse("2026-05-04T09:00:00Z");

  private ClientRequestFixtures() {}

  /** Valid details of a request of that client and type, with a title and a reference. */
  public static RequestDetails detailsFor(ClientId client, RequestTypeId type, String title) {
    return RequestDetails.parse(client, type, title, null, "PAY-2026-0042", null, null);
  }

  /** The same, due on the given day. */
  public static RequestDetails detailsFor(
      ClientId client, RequestTypeId type, String title, LocalDate dueOn) {
    return detailsFor(client, type, title).withDueOn(dueOn);
  }

  /** A pending request of a client and a type of its own, opened by a limited user. */
  public static ClientRequest aPendingRequest() {
    return aRequestIn(RequestStatus.PENDING);
  }

  /** A request of a client and a type of its own, worked through to the given status. */
  public static ClientRequest aRequestIn(RequestStatus status) {
    var actor = new Actor(UserId.newId(), Role.LIMITED);
    var request =
        ClientRequest.open(
            detailsFor(ClientId.newId(), RequestTypeId.newId(), "Fix the plugin"),
            null,
            actor,
            OPENED);
    if (status != RequestStatus.PENDING) {
      request.start(actor, OPENED);
    }
    if (status == RequestStatus.COMPLETED) {
      request.complete(actor, OPENED);
    }
    return request;
  }
}
