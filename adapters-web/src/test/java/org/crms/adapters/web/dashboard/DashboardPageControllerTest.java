package org.crms.adapters.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class DashboardPageControllerTest {
  private static final UUID REQUEST = UUID.fromString("00000000-0000-0000-0003-000000000001");
  private static final UUID CONTACT = UUID.fromString("00000000-0000-0000-0004-000000000001");
  private static final UUID TYPE = UUID.fromString("00000000-0000-0000-0001-000000000001");
  private static final LocalDate TODAY = LocalDate.parse("2026-04-01");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject GetDashboardUseCase dashboard;
  TestApi api;

  @MockBean(GetDashboardUseCase.class)
  GetDashboardUseCase dashboard() {
    return mock(GetDashboardUseCase.class);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void showsEachFigure_withItsCount_itsItemsLinked_andTheListOfAll() {
    when(dashboard.get(any())).thenReturn(aDashboard());

    var reply = api.send(HttpRequest.GET("/dashboard").cookie(session()));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains("<h1>Needs attention</h1>", "As of 2026-04-01 12:00 UTC")
        .contains("<h2>Overdue</h2>\n        <p class=\"count\">7</p>")
        .contains("<a href=\"/requests/" + REQUEST + "\">")
        .contains("Acme Ltd · In Progress · due 2026-03-30 · unassigned")
        .contains("href=\"/requests?overdue=true&amp;sort=due\"")
        .contains("<a href=\"/contact-records/" + CONTACT + "\">Ada Lovelace</a>")
        .contains("href=\"/contact-records?followUpDue=true\"")
        .contains(
            "href=\"/requests?status=PENDING,IN_PROGRESS&amp;updatedTo=2026-03-25T12:00:00Z"
                + "&amp;sort=updated\"");
    verify(dashboard).get(new GetDashboardQuery(new Actor(LIMITED_ID, Role.LIMITED)));
  }

  @Test
  void countsByStatusAndType_linkToTheFilteredRequestList() {
    when(dashboard.get(any())).thenReturn(aDashboard());

    var body = api.send(HttpRequest.GET("/dashboard").cookie(session())).body();

    assertThat(body)
        .contains("<a href=\"/requests?status=PENDING\">Pending</a></td><td class=\"num\">3</td>")
        .contains("<a href=\"/requests?status=COMPLETED\">Completed</a></td><td class=\"num\">0")
        .contains("<a href=\"/requests?typeId=" + TYPE + "\">Plugin Updates</a>");
  }

  @Test
  void whatUsersTyped_isEscaped() {
    when(dashboard.get(any())).thenReturn(aDashboard());

    var body = api.send(HttpRequest.GET("/dashboard").cookie(session())).body();

    assertThat(body)
        .contains("&lt;b&gt;Renew&lt;/b&gt; the certificate")
        .doesNotContain("<b>Renew</b>");
  }

  @Test
  void anAnonymousVisitor_isSentToLogIn_andBack() {
    var reply = api.send(HttpRequest.GET("/dashboard"));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/login?next=%2Fdashboard");
    verifyNoInteractions(dashboard);
  }

  private static Dashboard aDashboard() {
    var late =
        new RequestSummary(
            new ClientRequestId(REQUEST),
            "<b>Renew</b> the certificate",
            "Acme Ltd",
            TODAY.minusDays(2),
            null,
            null,
            RequestStatus.IN_PROGRESS);
    var waiting =
        new ContactSummary(
            new ContactRecordId(CONTACT),
            "Ada Lovelace",
            "PAY-9",
            Instant.parse("2026-03-20T10:00:00Z"),
            TODAY.minusDays(1));
    return new Dashboard(
        Instant.parse("2026-04-01T12:00:00.123Z"),
        TODAY,
        DashboardFigure.empty(),
        new DashboardFigure<>(7, List.of(late)),
        DashboardFigure.empty(),
        new DashboardFigure<>(2, List.of(late)),
        new DashboardFigure<>(1, List.of(waiting)),
        DashboardFigure.empty(),
        List.of(
            new StatusCount(RequestStatus.PENDING, 3),
            new StatusCount(RequestStatus.IN_PROGRESS, 1),
            new StatusCount(RequestStatus.COMPLETED, 0)),
        List.of(new TypeCount(new RequestTypeId(TYPE), "Plugin Updates", 4)));
  }

  private static Cookie session() {
    return Cookie.of("crms_session", LIMITED_TOKEN);
  }
}
