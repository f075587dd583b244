package org.crms.adapters.web.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.BrowserPages.flash;
import static org.crms.adapters.web.BrowserPages.get;
import static org.crms.adapters.web.BrowserPages.post;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.request.RequestPageTestData.client;
import static org.crms.adapters.web.request.RequestPageTestData.team;
import static org.crms.adapters.web.request.RequestPageTestData.type;
import static org.crms.adapters.web.request.RequestTestData.CLIENT;
import static org.crms.adapters.web.request.RequestTestData.TYPE;
import static org.crms.adapters.web.request.RequestTestData.bare;
import static org.crms.adapters.web.request.RequestTestData.pluginUpdate;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.client.ListClientsUseCase;
import org.crms.application.port.in.request.BulkChange;
import org.crms.application.port.in.request.BulkEditRequestsCommand;
import org.crms.application.port.in.request.BulkEditRequestsUseCase;
import org.crms.application.port.in.request.BulkEditResult;
import org.crms.application.port.in.request.BulkEditResult.Item;
import org.crms.application.port.in.request.BulkEditResult.Outcome;
import org.crms.application.port.in.request.ListRequestsQuery;
import org.crms.application.port.in.request.ListRequestsUseCase;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.in.request.RequestSort;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.user.ListTeamMembersQuery;
import org.crms.application.port.in.user.ListTeamMembersUseCase;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.IllegalStatusTransitionException;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The request list page and its bulk bar. */
@MicronautTest
class RequestListPageControllerTest {
  private static final Actor LIMITED = new Actor(LIMITED_ID, Role.LIMITED);
  private static final ClientRequestId A = new ClientRequestId(new UUID(0, 0xa));
  private static final ClientRequestId B = new ClientRequestId(new UUID(0, 0xb));
  private static final ClientRequestId C = new ClientRequestId(new UUID(0, 0xc));

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListRequestsUseCase listRequests;
  @Inject ListClientsUseCase listClients;
  @Inject ListRequestTypesUseCase listTypes;
  @Inject ListTeamMembersUseCase listTeam;
  @Inject BulkEditRequestsUseCase bulkEdit;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
    when(listClients.list(any())).thenReturn(new Page<>(List.of(client(CLIENT, "Acme Ltd")), null));
    when(listTypes.list(any())).thenReturn(new Page<>(List.of(type(TYPE, "Plugin Updates")), null));
    when(listTeam.list(any())).thenReturn(team());
  }

  @Test
  void list_passesTheFilters_andEveryLinkKeepsThem() {
    var plugin = pluginUpdate(3);
    var byDue = new RequestSort(RequestSort.Key.DUE, true);
    var next = RequestPosition.of(plugin, byDue);
    when(listRequests.list(any())).thenReturn(new Page<>(List.of(plugin), next));
    var filters =
        "status=PENDING&priority=URGENT&typeId="
            + TYPE
            + "&clientId="
            + CLIENT
            + "&mine=true&overdue=true&createdFrom=2026-01-01T00%3A00&q=plug&sort=-due";

    var reply = api.send(get("/requests?" + filters, LIMITED_TOKEN));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var query = ArgumentCaptor.forClass(ListRequestsQuery.class);
    verify(listRequests).list(query.capture());
    var filter = query.getValue().filter();
    assertThat(query.getValue().actor()).isEqualTo(LIMITED);
    assertThat(filter.statuses()).containsExactly(RequestStatus.PENDING);
    assertThat(filter.priorities()).containsExactly(Priority.URGENT);
    assertThat(filter.typeId()).isEqualTo(TYPE);
    assertThat(filter.clientId()).isEqualTo(CLIENT);
    assertThat(filter.mine()).isTrue();
    assertThat(filter.overdue()).isTrue();
    assertThat(filter.createdFrom()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(filter.q()).isEqualTo("plug");
    assertThat(query.getValue().sort()).isEqualTo(byDue);
    assertThat(query.getValue().after()).isNull();
    var canonical =
        "status=PENDING&priority=URGENT&typeId="
            + TYPE
            + "&clientId="
            + CLIENT
            + "&mine=true&overdue=true&createdFrom=2026-01-01T00%3A00%3A00Z&q=plug&sort=-due";
    var html = reply.body().replace("&amp;", "&");
    assertThat(html)
        .contains("href=\"/api/v1/requests?format=csv&" + canonical + "\"")
        .contains("href=\"/requests?" + canonical + "&cursor=" + RequestOrder.cursor(next) + "\"")
        .contains("Next page")
        .doesNotContain("First page")
        .contains("<a href=\"/clients/" + CLIENT + "\">Acme Ltd</a>")
        .contains("Plugin Updates")
        .contains("<td>owner.bob</td>")
        .contains("badge badge-overdue")
        .contains("value=\"2026-01-01T00:00\"")
        .contains("name=\"back\" value=\"/requests?" + canonical + "\"");
  }

  @Test
  void list_namesEveryOwner_andOffersEveryActiveMember_toALimitedUser_fromOneRead() {
    when(listRequests.list(any()))
        .thenReturn(new Page<>(List.of(pluginUpdate(3), bare("Check the SEO")), null));

    var reply = api.send(get("/requests?ownerId=" + RequestTestData.OWNER, LIMITED_TOKEN));

    var owner = RequestTestData.OWNER.value();
    assertThat(reply.body())
        .contains("<td>owner.bob</td>", "<td>Unassigned</td>")
        .contains("<option value=\"" + owner + "\" selected>owner.bob</option>")
        .contains("<option value=\"" + LIMITED_ID.value() + "\">limiteduser (you)</option>")
        .contains("<option value=\"" + owner + "\">owner.bob</option>")
        .contains("<option value=\"me\">Me</option><option value=\"none\">Unassigned</option>")
        .doesNotContain("retired1", "Another user");
    verify(listTeam).list(new ListTeamMembersQuery(LIMITED));
  }

  @Test
  void bulk_givesTheTickedRequests_toTheChosenMember() {
    when(bulkEdit.edit(any()))
        .thenReturn(new BulkEditResult(List.of(new Item(A, Outcome.APPLIED, null))));
    var owner = RequestTestData.OWNER;

    var reply =
        api.send(
            post(
                "/requests/bulk",
                LIMITED_TOKEN,
                "ids",
                A.value().toString(),
                "change",
                "owner",
                "owner",
                owner.value().toString()));

    assertThat(flash(reply)).isEqualTo("SUCCESS: 1 request given the chosen owner.");
    verify(bulkEdit)
        .edit(new BulkEditRequestsCommand(LIMITED, List.of(A), BulkChange.owner(owner)));
  }

  @Test
  void list_sortHeaders_andTheFirstPageLink_keepTheFilters() {
    var plugin = pluginUpdate(3);
    when(listRequests.list(any())).thenReturn(new Page<>(List.of(plugin), null));
    var cursor = RequestOrder.cursor(RequestPosition.of(plugin, RequestSort.DEFAULT));

    var reply = api.send(get("/requests?q=plug&cursor=" + cursor, LIMITED_TOKEN));

    var html = reply.body().replace("&amp;", "&");
    assertThat(html)
        .contains("href=\"/requests?q=plug\">First page</a>")
        .doesNotContain("Next page")
        .contains("href=\"/requests?q=plug&sort=title\"")
        .contains("href=\"/requests?q=plug&sort=created\"");
  }

  @Test
  void list_escapesWhatPeopleTyped() {
    when(listRequests.list(any())).thenReturn(new Page<>(List.of(bare("<b>x</b>")), null));

    var reply = api.send(get("/requests?q=%22%3E%3Cscript%3E", LIMITED_TOKEN));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains("&lt;b&gt;x&lt;/b&gt;")
        .doesNotContain("<b>x</b>")
        .doesNotContain("\"><script>");
  }

  @Test
  void list_anonymous_goesToTheLoginPage_andBack() {
    var reply = api.send(HttpRequest.GET("/requests?q=x").accept("text/html"));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/login?next=%2Frequests%3Fq%3Dx");
    verifyNoInteractions(listRequests);
  }

  @Test
  void bulk_bindsEveryTickedBox_callsTheUseCaseOnce_andSaysHowManyWereMarked() {
    when(bulkEdit.edit(any()))
        .thenReturn(
            new BulkEditResult(
                List.of(
                    new Item(A, Outcome.APPLIED, null),
                    new Item(B, Outcome.APPLIED, null),
                    new Item(C, Outcome.APPLIED, null))));

    var reply =
        api.send(
            post(
                "/requests/bulk",
                LIMITED_TOKEN,
                "ids",
                A.value().toString(),
                "ids",
                B.value().toString(),
                "ids",
                C.value().toString(),
                "status",
                "COMPLETED",
                "change",
                "status",
                "back",
                "/requests?status=IN_PROGRESS&sort=-due"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION))
        .isEqualTo("/requests?status=IN_PROGRESS&sort=-due");
    assertThat(flash(reply)).isEqualTo("SUCCESS: 3 requests marked as Completed.");
    verify(bulkEdit)
        .edit(
            new BulkEditRequestsCommand(
                LIMITED, List.of(A, B, C), BulkChange.status(RequestStatus.COMPLETED)));
  }

  @Test
  void bulk_ofOneRequest_bindsTheSingleBox() {
    when(bulkEdit.edit(any()))
        .thenReturn(new BulkEditResult(List.of(new Item(A, Outcome.APPLIED, null))));

    var reply =
        api.send(
            post(
                "/requests/bulk",
                LIMITED_TOKEN,
                "ids",
                A.value().toString(),
                "change",
                "owner",
                "owner",
                "me"));

    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/requests");
    assertThat(flash(reply)).isEqualTo("SUCCESS: 1 request assigned to you.");
    verify(bulkEdit)
        .edit(new BulkEditRequestsCommand(LIMITED, List.of(A), BulkChange.owner(LIMITED_ID)));
  }

  @Test
  void bulk_listsEachRefusedRequest_withTheDomainsReason() {
    var refusal =
        new IllegalStatusTransitionException(B, RequestStatus.PENDING, RequestStatus.COMPLETED);
    when(bulkEdit.edit(any()))
        .thenReturn(
            new BulkEditResult(
                List.of(
                    new Item(A, Outcome.APPLIED, null), new Item(B, Outcome.REFUSED, refusal))));

    var reply =
        api.send(
            post(
                "/requests/bulk",
                LIMITED_TOKEN,
                "ids",
                A.value().toString(),
                "ids",
                B.value().toString(),
                "change",
                "status",
                "status",
                "COMPLETED",
                "back",
                "/requests?q=plug"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains("1 request marked as Completed.")
        .contains("1 request was refused.")
        .contains("href=\"/requests/" + B.value() + "\"")
        .contains("A request cannot move from Pending to Completed.")
        .contains("href=\"/requests?q=plug\"");
  }

  @Test
  void bulk_withNothingTicked_isRefused_andAForeignBackAddressIsIgnored() {
    var reply =
        api.send(
            post(
                "/requests/bulk",
                LIMITED_TOKEN,
                "change",
                "status",
                "status",
                "COMPLETED",
                "back",
                "https://evil.example/requests"));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/requests");
    assertThat(flash(reply)).isEqualTo("ERROR: Select at least one request.");
    verifyNoInteractions(bulkEdit);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(Clock.class)
  Clock clock() {
    return RequestTestData.CLOCK;
  }

  @MockBean(ListRequestsUseCase.class)
  ListRequestsUseCase listRequests() {
    return mock(ListRequestsUseCase.class);
  }

  @MockBean(ListClientsUseCase.class)
  ListClientsUseCase listClients() {
    return mock(ListClientsUseCase.class);
  }

  @MockBean(ListRequestTypesUseCase.class)
  ListRequestTypesUseCase listTypes() {
    return mock(ListRequestTypesUseCase.class);
  }

  @MockBean(ListTeamMembersUseCase.class)
  ListTeamMembersUseCase listTeam() {
    return mock(ListTeamMembersUseCase.class);
  }

  @MockBean(BulkEditRequestsUseCase.class)
  BulkEditRequestsUseCase bulkEdit() {
    return mock(BulkEditRequestsUseCase.class);
  }
}
