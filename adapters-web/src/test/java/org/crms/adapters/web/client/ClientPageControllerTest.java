package org.crms.adapters.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.BrowserPages.get;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.client.ClientTestData.ACME_ID;
import static org.crms.adapters.web.client.ClientTestData.acme;
import static org.crms.adapters.web.client.ClientTestData.bare;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.application.port.in.audit.GetItemHistoryUseCase;
import org.crms.application.port.in.audit.ItemNotFoundException;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.client.ClientFilter;
import org.crms.application.port.in.client.ClientNotFoundException;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.application.port.in.client.GetClientUseCase;
import org.crms.application.port.in.client.ListClientsQuery;
import org.crms.application.port.in.client.ListClientsUseCase;
import org.crms.application.port.in.request.ListRequestsQuery;
import org.crms.application.port.in.request.ListRequestsUseCase;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.user.ListTeamMembersUseCase;
import org.crms.application.port.in.user.TeamMember;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The client list and a client's page, as a signed-in browser sees them. */
@MicronautTest
class ClientPageControllerTest {
  private static final Instant NOW = Instant.parse("2026-02-10T10:00:00Z");
  private static final RequestTypeId SEO = RequestTypeId.newId();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListClientsUseCase listClients;
  @Inject GetClientUseCase getClient;
  @Inject ListRequestsUseCase listRequests;
  @Inject ListRequestTypesUseCase listTypes;
  @Inject GetItemHistoryUseCase history;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void list_passesTheApisFilters_escapesNames_andLinksTheNextPageAndTheCsvExport() {
    var evil = bare("<b>Evil</b> & Co");
    var position = ClientPosition.of(evil, ListOrder.Key.UPDATED);
    when(listClients.list(any())).thenReturn(new Page<>(List.of(evil), position));

    var reply =
        api.send(
            get(
                "/clients?q=co&active=false&sort=-updated&createdFrom=2026-01-01T09:30",
                LIMITED_TOKEN));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
    assertThat(reply.body())
        .contains("&lt;b&gt;Evil&lt;/b&gt; &amp; Co")
        .doesNotContain("<b>Evil</b>")
        .contains("href=\"/clients/" + evil.id() + "\"")
        .contains("Inactive")
        .contains(
            "href=\"/api/v1/clients?format=csv&amp;q=co&amp;active=false&amp;sort=-updated"
                + "&amp;createdFrom=2026-01-01T09%3A30%3A00Z\"")
        .contains("value=\"2026-01-01T09:30\"")
        .contains("rel=\"next\"")
        .doesNotContain("First page");
    var query = ArgumentCaptor.forClass(ListClientsQuery.class);
    verify(listClients).list(query.capture());
    assertThat(query.getValue().order()).isEqualTo(new ListOrder(ListOrder.Key.UPDATED, true));
    assertThat(query.getValue().filter())
        .isEqualTo(
            new ClientFilter(
                false,
                "co",
                new InstantRange(Instant.parse("2026-01-01T09:30:00Z"), null),
                InstantRange.ANY));
  }

  @Test
  void theNextPageLink_continuesAfterTheLastClient_andOffersTheFirstPage() {
    var acme = acme(3);
    when(listClients.list(any())).thenReturn(new Page<>(List.of(acme), ClientPosition.of(acme)));
    var first = api.send(get("/clients?q=ac", LIMITED_TOKEN));
    var next = first.body().replaceAll("(?s).*<a href=\"([^\"]*)\" rel=\"next\">.*", "$1");
    assertThat(next).startsWith("/clients?q=ac&amp;cursor=");

    var second = api.send(get(next.replace("&amp;", "&"), LIMITED_TOKEN));

    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).contains("<a href=\"/clients?q=ac\">First page</a>");
    var query = ArgumentCaptor.forClass(ListClientsQuery.class);
    verify(listClients, times(2)).list(query.capture());
    assertThat(query.getAllValues().get(1).after()).isEqualTo(ClientPosition.of(acme));
    assertThat(query.getAllValues().get(1).filter().nameContains()).isEqualTo("ac");
  }

  @Test
  void anAnonymousVisitor_isSentToLogIn_andBackAfterwards() {
    var reply = api.send(HttpRequest.GET("/clients?q=acme").accept(MediaType.TEXT_HTML));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/login?next=%2Fclients%3Fq%3Dacme");
  }

  @Test
  void detail_showsFactsRequestsNewestFirstAndHistory_andAnAdminTheDeleteButton() {
    when(getClient.get(any())).thenReturn(acme(3));
    when(listRequests.list(any())).thenReturn(new Page<>(List.of(overdueRequest()), null));
    when(listTypes.list(any())).thenReturn(new Page<>(List.of(seoType()), null));
    when(history.history(any())).thenReturn(new Page<>(List.of(renamed()), null));

    var reply = api.send(get("/clients/" + ACME_ID, ADMIN_TOKEN));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains("<h1>Acme Ltd</h1>", "mailto:office@acme.example", "https://acme.example")
        .contains(
            "Fix the &lt;script&gt; tag", "SEO Tech Check", "In Progress", "<td>limiteduser</td>")
        .contains("Overdue", "2026-02-09")
        .contains("href=\"/requests/new?clientId=" + ACME_ID + "\"")
        .contains("<del>Acme</del>", "by adminuser")
        .contains("action=\"/clients/" + ACME_ID + "/delete\"", "Delete client");
    var query = ArgumentCaptor.forClass(ListRequestsQuery.class);
    verify(listRequests).list(query.capture());
    assertThat(query.getValue().filter().clientId()).isEqualTo(ACME_ID);
    assertThat(query.getValue().sort().descending()).isTrue();
  }

  @Test
  void detail_forALimitedUser_hasNoDeleteButton_andAClientWithoutHistoryStillShows() {
    when(getClient.get(any())).thenReturn(acme(3));
    when(listRequests.list(any())).thenReturn(new Page<>(List.of(), null));
    when(history.history(any()))
        .thenThrow(new ItemNotFoundException(ItemType.CLIENT, ACME_ID.value()));

    var reply = api.send(get("/clients/" + ACME_ID, LIMITED_TOKEN));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains("This client has no requests yet.", "No history yet.", "Edit client")
        .doesNotContain("/delete")
        .doesNotContain("Delete client");
  }

  @Test
  void anUnknownClient_isTheNotFoundPage() {
    when(getClient.get(any())).thenThrow(new ClientNotFoundException(ACME_ID));

    var reply = api.send(get("/clients/" + ACME_ID, LIMITED_TOKEN));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
  }

  private static ClientRequest overdueRequest() {
    var details =
        new RequestDetails(
            ACME_ID,
            SEO,
            "Fix the <script> tag",
            null,
            null,
            Priority.HIGH,
            LocalDate.parse("2026-02-09"));
    var stamp = new Stamp(NOW.minusSeconds(86_400), LIMITED_ID);
    return ClientRequest.reconstitute(
        new ClientRequest.State(
            ClientRequestId.newId(),
            details,
            RequestStatus.IN_PROGRESS,
            LIMITED_ID,
            stamp,
            stamp,
            stamp.at(),
            null,
            null,
            1));
  }

  private static RequestType seoType() {
    var stamp = new Stamp(NOW, null);
    return RequestType.reconstitute(
        SEO, RequestTypeDetails.parse("SEO Tech Check", null, 5, true), stamp, stamp, null, 0);
  }

  private static AuditEntry renamed() {
    var event =
        AuditEvent.of(
            FakeAccessTokens.ADMIN_ID,
            NOW,
            AuditAction.UPDATED,
            ItemType.CLIENT,
            ACME_ID.value(),
            List.of(new FieldChange("name", "Acme", "Acme Ltd")));
    return new AuditEntry(event, new Username("adminuser"));
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(Clock.class)
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @MockBean(ListClientsUseCase.class)
  ListClientsUseCase listClients() {
    return mock(ListClientsUseCase.class);
  }

  @MockBean(GetClientUseCase.class)
  GetClientUseCase getClient() {
    return mock(GetClientUseCase.class);
  }

  @MockBean(ListTeamMembersUseCase.class)
  ListTeamMembersUseCase listTeam() {
    var team = mock(ListTeamMembersUseCase.class);
    when(team.list(any()))
        .thenReturn(
            List.of(
                new TeamMember(FakeAccessTokens.LIMITED_ID, new Username("limiteduser"), true)));
    return team;
  }

  @MockBean(ListRequestsUseCase.class)
  ListRequestsUseCase listRequests() {
    return mock(ListRequestsUseCase.class);
  }

  @MockBean(ListRequestTypesUseCase.class)
  ListRequestTypesUseCase listTypes() {
    return mock(ListRequestTypesUseCase.class);
  }

  @MockBean(GetItemHistoryUseCase.class)
  GetItemHistoryUseCase history() {
    return mock(GetItemHistoryUseCase.class);
  }
}
