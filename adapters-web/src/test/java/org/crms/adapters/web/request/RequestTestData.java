package org.crms.adapters.web.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;

/** Stored client requests as a use case would return them, and the clock the API judges them by. */
final class RequestTestData {
  static final ClientRequestId PLUGIN_ID =
      new ClientRequestId(UUID.fromString("33333333-4444-5555-6666-777777777777"));
  static final ClientId CLIENT =
      new ClientId(UUID.fromString("11111111-0000-0000-0000-000000000001"));
  static final RequestTypeId TYPE =
      new RequestTypeId(UUID.fromString("22222222-0000-0000-0000-000000000002"));
  static final UserId CREATOR = new UserId(UUID.fromString("99999999-0000-0000-0000-000000000003"));
  static final UserId OWNER = new UserId(UUID.fromString("88888888-0000-0000-0000-000000000004"));
  static final Instant CREATED = Instant.parse("2026-02-02T08:00:00Z");
  static final Instant STARTED = Instant.parse("2026-02-03T12:15:00Z");

  /** "Today" for the API under test: 2026-02-10. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T10:00:00Z"), ZoneOffset.UTC);

  private RequestTestData() {}

  /** An urgent request in progress, owned, due on 2026-02-09: overdue on {@link #CLOCK}'s day. */
  static ClientRequest pluginUpdate(long version) {
    var details =
        new RequestDetails(
            CLIENT,
            TYPE,
            "Update the plugins",
            "All of them.",
            "PAY-2026-0042",
            Priority.URGENT,
            LocalDate.parse("2026-02-09"));
    return ClientRequest.reconstitute(
        new ClientRequest.State(
            PLUGIN_ID,
            details,
            RequestStatus.IN_PROGRESS,
            OWNER,
            new Stamp(CREATED, CREATOR),
            new Stamp(STARTED, CREATOR),
            STARTED,
            null,
            null,
            version));
  }

  /** A pending request with only what is required, made by the system. */
  static ClientRequest bare(String title) {
    var details = new RequestDetails(CLIENT, TYPE, title, null, null, Priority.NORMAL, null);
    return ClientRequest.reconstitute(
        new ClientRequest.State(
            ClientRequestId.newId(),
            details,
            RequestStatus.PENDING,
            null,
            new Stamp(CREATED, null),
            new Stamp(CREATED, null),
            null,
            null,
            null,
            0));
  }
}
