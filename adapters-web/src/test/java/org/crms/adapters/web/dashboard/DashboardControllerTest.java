package org.crms.adapters.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.dashboard.ContactSummary;
import org.crms.application.port.in.dashboard.Dashboard;
import org.crms.application.port.in.dashboard.DashboardFigure;
import org.crms.application.port.in.dashboard.GetDashboardQuery;
import org.crms.application.port.in.dashboard.GetDashboardUseCase;
import org.crms.application.port.in.dashboard.RequestSummary;
import org.crms.application.port.in.dashboard.StatusCount;
import org.crms.application.port.in.dashboard.TypeCount;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class DashboardControllerTest {
  private static final String URL = "/api/v1/dashboard";
  private static final UUID REQUEST = UUID.fromString("00000000-0000-0000-0003-000000000001");
  private static final UUID CONTACT = UUID.fromString("00000000-0000-0000-0004-000000000001");
  private static final UUID TYPE = UUID.fromString("00000000-0000-0000-0001-000000000001");
  private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000007");
  private static final LocalDate TODAY = LocalDate.parse("2026-04-01");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject GetDashboardUseCase dashboard;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  private static Dashboard aDashboard() {
    var late =
        new RequestSummary(
            new ClientRequestId(REQUEST),
            "Renew the certificate",
            "Acme Ltd",
            TODAY.minusDays(2),
            new UserId(OWNER),
            "owner.user",
            RequestStatus.IN_PROGRESS);
    var waiting =
        new ContactSummary(
            new ContactRecordId(CONTACT),
            "Ada Lovelace",
            "PAY-9",
            Instant.parse("2026-03-20T10:00:00Z"),
            TODAY.minusDays(1));
    return new Dashboard(
        Instant.parse("2026-04-01T12:00:00Z"),
        TODAY,
        DashboardFigure.empty(),
        new DashboardFigure<>(7, List.of(late)),
        DashboardFigure.empty(),
        DashboardFigure.empty(),
        new DashboardFigure<>(1, List.of(waiting)),
        DashboardFigure.empty(),
        List.of(
            new StatusCount(RequestStatus.PENDING, 3),
            new StatusCount(RequestStatus.IN_PROGRESS, 1),
            new StatusCount(RequestStatus.COMPLETED, 0)),
        List.of(new TypeCount(new RequestTypeId(TYPE), "Plugin Updates", 4)));
  }

  @Test
  void answersEveryFigureWithItsCountAndItems_forTheCaller() {
    when(dashboard.get(any())).thenReturn(aDashboard());

    var reply = api.send(HttpRequest.GET(URL), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    var body = reply.map();
    assertThat(body)
        .containsOnlyKeys(
            "asOf",
            "today",
            "unassigned",
            "overdue",
            "dueSoon",
            "untouched",
            "awaitingFollowUp",
            "myOpenRequests",
            "byStatus",
            "byType")
        .containsEntry("asOf", "2026-04-01T12:00:00Z")
        .containsEntry("today", "2026-04-01")
        .containsEntry("unassigned", Map.of("count", 0, "items", List.of()));
    verify(dashboard).get(new GetDashboardQuery(new Actor(LIMITED_ID, Role.LIMITED)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void showsRequestsAndContactsOfAFigure() {
    when(dashboard.get(any())).thenReturn(aDashboard());

    var body = api.send(HttpRequest.GET(URL), LIMITED_TOKEN).map();

    var overdue = (Map<String, Object>) body.get("overdue");
    assertThat(overdue).containsEntry("count", 7);
    assertThat(((List<Map<String, Object>>) overdue.get("items")).getFirst())
        .containsOnlyKeys("id", "title", "clientName", "dueOn", "owner", "ownerName", "status")
        .containsEntry("id", REQUEST.toString())
        .containsEntry("title", "Renew the certificate")
        .containsEntry("clientName", "Acme Ltd")
        .containsEntry("dueOn", "2026-03-30")
        .containsEntry("owner", OWNER.toString())
        .containsEntry("ownerName", "owner.user")
        .containsEntry("status", "IN_PROGRESS");
    var waiting = (Map<String, Object>) body.get("awaitingFollowUp");
    assertThat(((List<Map<String, Object>>) waiting.get("items")).getFirst())
        .containsEntry("id", CONTACT.toString())
        .containsEntry("name", "Ada Lovelace")
        .containsEntry("paymentReference", "PAY-9")
        .containsEntry("contactedAt", "2026-03-20T10:00:00Z")
        .containsEntry("followUpOn", "2026-03-31");
  }

  @Test
  void countsLiveRequestsByStatusWithTheirLabels_andByType() {
    when(dashboard.get(any())).thenReturn(aDashboard());

    var reply = api.send(HttpRequest.GET(URL), LIMITED_TOKEN);

    assertThat(reply.list("byStatus"))
        .containsExactly(
            Map.of("status", "PENDING", "label", "Pending", "count", 3),
            Map.of("status", "IN_PROGRESS", "label", "In Progress", "count", 1),
            Map.of("status", "COMPLETED", "label", "Completed", "count", 0));
    assertThat(reply.list("byType"))
        .containsExactly(
            Map.of("typeId", TYPE.toString(), "typeName", "Plugin Updates", "count", 4));
  }

  @Test
  void withoutAToken_answers401() {
    api.send(HttpRequest.GET(URL)).problem(401);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(GetDashboardUseCase.class)
  GetDashboardUseCase dashboard() {
    return mock(GetDashboardUseCase.class);
  }
}
