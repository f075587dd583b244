package org.crms.application.service.request;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.InMemoryClientRepository;
import org.crms.application.fakes.InMemoryClientRequestRepository;
import org.crms.application.fakes.InMemoryRequestTypeRepository;
import org.crms.application.fakes.InMemoryUserRepository;
import org.crms.application.fakes.RecordingAuditTrail;
import org.crms.application.port.in.request.OpenRequestCommand;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.user.Actor;
import org.crms.domain.user.PasswordHash;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;

/**
 * The request services wired to in-memory fakes at a fixed time, with a client, an active type with
 * a target of 14 days, and the actors and users the tests need. One per test.
 */
final class RequestWorld {
  static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

  final InMemoryClientRequestRepository requestRows = new InMemoryClientRequestRepository();
  final InMemoryClientRepository clients = new InMemoryClientRepository();
  final InMemoryRequestTypeRepository types = new InMemoryRequestTypeRepository();
  final InMemoryUserRepository users = new InMemoryUserRepository();
  final RecordingAuditTrail audit = new RecordingAuditTrail();
  final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  final AuditedRequests requests = new AuditedRequests(requestRows, audit, clock);
  final RequestReferences references = new RequestReferences(clients, types, users);
  final OpenRequestService open = new OpenRequestService(requests, references, unitOfWork);
  final UpdateRequestService update = new UpdateRequestService(requests, references, unitOfWork);
  final ChangeRequestStatusService status = new ChangeRequestStatusService(requests, unitOfWork);
  final DeleteRequestService delete = new DeleteRequestService(requests, unitOfWork);
  final RestoreRequestService restore = new RestoreRequestService(requests, references, unitOfWork);
  final RequestQueryService query = new RequestQueryService(requestRows, unitOfWork, clock);
  final BulkEditRequestsService bulk =
      new BulkEditRequestsService(requests, references, unitOfWork);

  final Actor limited = new Actor(user("limited", true).id(), Role.LIMITED);
  final Actor admin = new Actor(user("admin", true).id(), Role.ADMIN);
  final ClientId client = client("Acme Ltd");
  final RequestTypeId type = type("Plugin Updates", 14, true);

  ClientId client(String name) {
    return clients
        .add(Client.open(ClientDetails.parse(name, null, null, null, true), admin(), NOW))
        .id();
  }

  RequestTypeId type(String name, Integer targetDays, boolean active) {
    var details = RequestTypeDetails.parse(name, null, targetDays, active);
    return types.add(RequestType.define(details, admin(), NOW)).id();
  }

  User user(String name, boolean active) {
    return users.add(
        User.builder()
            .id(UserId.newId())
            .username(new Username(name + "user"))
            .email(new EmailAddress(name + "@example.org"))
            .role(Role.LIMITED)
            .active(active)
            .passwordHash(new PasswordHash("$test$not-a-real-hash"))
            .createdAt(NOW)
            .build());
  }

  RequestDetails details(String title) {
    return RequestDetails.parse(client, type, title, null, "PAY-1", null, null);
  }

  ClientRequest opened(String title) {
    return open.open(new OpenRequestCommand(limited, details(title), null));
  }

  /** Fixtures are made by an admin of their own, who needs no stored user. */
  private static Actor admin() {
    return new Actor(UserId.newId(), Role.ADMIN);
  }
}
