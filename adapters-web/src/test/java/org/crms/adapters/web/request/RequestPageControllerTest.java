package org.crms.adapters.web.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.BrowserPages.flash;
import static org.crms.adapters.web.BrowserPages.get;
import static org.crms.adapters.web.BrowserPages.post;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.request.RequestPageTestData.client;
import static org.crms.adapters.web.request.RequestPageTestData.none;
import static org.crms.adapters.web.request.RequestPageTestData.team;
import static org.crms.adapters.web.request.RequestPageTestData.type;
import static org.crms.adapters.web.request.RequestTestData.CLIENT;
import static org.crms.adapters.web.request.RequestTestData.PLUGIN_ID;
import static org.crms.adapters.web.request.RequestTestData.TYPE;
import static org.crms.adapters.web.request.RequestTestData.bare;
import static org.crms.adapters.web.request.RequestTestData.pluginUpdate;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.application.port.in.audit.GetItemHistoryUseCase;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.client.GetClientUseCase;
import org.crms.application.port.in.client.ListClientsUseCase;
import org.crms.application.port.in.contact.ListContactRecordsQuery;
import org.crms.application.port.in.contact.ListContactRecordsUseCase;
import org.crms.application.port.in.request.ChangeRequestStatusCommand;
import org.crms.application.port.in.request.ChangeRequestStatusUseCase;
import org.crms.application.port.in.request.DeleteRequestCommand;
import org.crms.application.port.in.request.DeleteRequestUseCase;
import org.crms.application.port.in.request.GetRequestUseCase;
import org.crms.application.port.in.request.OpenRequestCommand;
import org.crms.application.port.in.request.OpenRequestUseCase;
import org.crms.application.port.in.request.RestoreRequestUseCase;
import org.crms.application.port.in.request.UpdateRequestUseCase;
import org.crms.application.port.in.requesttype.GetRequestTypeUseCase;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.user.ListTeamMembersQuery;
import org.crms.application.port.in.user.ListTeamMembersUseCase;
import org.crms.application.port.in.user.TeamMember;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.IllegalStatusTransitionException;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.crms.domain.user.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** A request's page, its status buttons, its form and its delete button. */
@MicronautTest
class RequestPageControllerTest {
  private static final Actor ADMIN = new Actor(ADMIN_ID, Role.ADMIN);
  private static final Actor LIMITED = new Actor(LIMITED_ID, Role.LIMITED);
  private static final String PAGE = "/requests/" + PLUGIN_ID;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject GetRequestUseCase getRequest;
  @Inject OpenRequestUseCase openRequest;
  @Inject UpdateRequestUseCase updateRequest;
  @Inject ChangeRequestStatusUseCase changeStatus;
  @Inject DeleteRequestUseCase deleteRequest;
  @Inject RestoreRequestUseCase restoreRequest;
  @Inject GetClientUseCase getClient;
  @Inject GetRequestTypeUseCase getType;
  @Inject ListContactRecordsUseCase listContacts;
  @Inject GetItemHistoryUseCase history;
  @Inject ListClientsUseCase listClients;
  @Inject ListRequestTypesUseCase listTypes;
  @Inject ListTeamMembersUseCase listTeam;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
    when(getClient.get(any())).thenReturn(client(CLIENT, "Acme Ltd"));
    when(getType.get(any())).thenReturn(type(TYPE, "Plugin Updates"));
    when(listContacts.list(any())).thenReturn(none());
    when(history.history(any())).thenReturn(none());
    when(listClients.list(any())).thenReturn(new Page<>(List.of(client(CLIENT, "Acme Ltd")), null));
    when(listTypes.list(any())).thenReturn(new Page<>(List.of(type(TYPE, "Plugin Updates")), null));
    when(listTeam.list(any())).thenReturn(team());
  }

  @Test
  void detail_showsTheRequest_itsHistory_andOnlyTheMovesTheWorkflowAllows() {
    when(getRequest.get(any())).thenReturn(pluginUpdate(3));
    var started =
        AuditEvent.of(
            ADMIN_ID,
            RequestTestData.STARTED,
            AuditAction.STATUS_CHANGED,
            ItemType.REQUEST,
            PLUGIN_ID.value(),
            List.of(new FieldChange("status", "PENDING", "IN_PROGRESS")));
    when(history.history(any()))
        .thenReturn(new Page<>(List.of(new AuditEntry(started, new Username("adminuser"))), null));

    var reply = api.send(get(PAGE, ADMIN_TOKEN));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.body())
        .contains("Update the plugins")
        .contains("<a href=\"/clients/" + CLIENT + "\">Acme Ltd</a>")
        .contains("Plugin Updates")
        .contains("badge badge-in-progress\">In Progress</span>")
        .contains("badge badge-overdue")
        .contains("PAY-2026-0042")
        .contains("<dt>Owner</dt><dd>owner.bob</dd>")
        .contains("name=\"target\" value=\"PENDING\"")
        .contains(">Put back</button>")
        .contains("name=\"target\" value=\"COMPLETED\"")
        .contains(">Complete</button>")
        .doesNotContain(">Start</button>")
        .doesNotContain(">Reopen</button>")
        .contains("name=\"version\" value=\"3\"")
        .contains("href=\"/contact-records/new?requestId=" + PLUGIN_ID + "\"")
        .contains("Status changed</strong> by adminuser")
        .contains("Delete request");
    var contacts = ArgumentCaptor.forClass(ListContactRecordsQuery.class);
    verify(listContacts).list(contacts.capture());
    assertThat(contacts.getValue().filter().requestId()).isEqualTo(PLUGIN_ID);
  }

  @Test
  void detail_ofAPendingRequest_forALimitedUser_offersStart_andNoDelete() {
    when(getRequest.get(any())).thenReturn(bare("Check the SEO"));

    var reply = api.send(get(PAGE, LIMITED_TOKEN));

    assertThat(reply.body())
        .contains(">Start</button>")
        .doesNotContain(">Complete</button>")
        .doesNotContain(">Put back</button>")
        .doesNotContain("Delete request")
        .contains("No history yet.");
  }

  @Test
  void aStatusButton_movesTheRequest_andComesBackWithAFlash() {
    when(changeStatus.changeStatus(any())).thenReturn(completed());

    var reply =
        api.send(post(PAGE + "/status", LIMITED_TOKEN, "target", "COMPLETED", "version", "3"));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo(PAGE);
    assertThat(flash(reply)).isEqualTo("SUCCESS: Request marked as Completed.");
    verify(changeStatus)
        .changeStatus(
            new ChangeRequestStatusCommand(LIMITED, PLUGIN_ID, RequestStatus.COMPLETED, 3L));
  }

  @Test
  void aForgedIllegalMove_comesBackWithTheDomainsMessage() {
    when(changeStatus.changeStatus(any()))
        .thenThrow(
            new IllegalStatusTransitionException(
                PLUGIN_ID, RequestStatus.PENDING, RequestStatus.COMPLETED));

    var reply =
        api.send(post(PAGE + "/status", LIMITED_TOKEN, "target", "COMPLETED", "version", "0"));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo(PAGE);
    assertThat(flash(reply)).startsWith("ERROR: A request cannot move from Pending to Completed.");
  }

  @Test
  void newRequest_preselectsTheClient() {
    var reply = api.send(get("/requests/new?clientId=" + CLIENT, LIMITED_TOKEN));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.body())
        .contains("<option value=\"" + CLIENT + "\" selected>Acme Ltd</option>")
        .contains("Leave empty to use the request type")
        .contains("Me (limiteduser)")
        .contains("<option value=\"" + RequestTestData.OWNER.value() + "\">owner.bob</option>")
        .doesNotContain("retired1", "limiteduser (you)");
    verify(listTeam).list(new ListTeamMembersQuery(LIMITED));
  }

  @Test
  void theEditForm_keepsAnInactiveCurrentOwner_andLeavesOutOtherInactiveOnes() {
    when(getRequest.get(any())).thenReturn(pluginUpdate(3));
    when(listTeam.list(any()))
        .thenReturn(
            List.of(
                new TeamMember(RequestTestData.OWNER, new Username("owner.bob"), false),
                new TeamMember(RequestPageTestData.RETIRED, new Username("retired1"), false)));

    var reply = api.send(get(PAGE + "/edit", LIMITED_TOKEN));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.body())
        .contains(
            "<option value=\""
                + RequestTestData.OWNER.value()
                + "\" selected>owner.bob (inactive)</option>")
        .doesNotContain("retired1");
  }

  @Test
  void aRefusedNewRequest_comesBack422_withTheMessagesByTheFields_andTheValuesKept() {
    var reply =
        api.send(
            post(
                "/requests",
                LIMITED_TOKEN,
                "clientId",
                CLIENT.value().toString(),
                "typeId",
                TYPE.value().toString(),
                "title",
                "",
                "reference",
                "<i>PAY-1</i>",
                "priority",
                "HIGH",
                "dueOn",
                "31/02/2026"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body())
        .contains("2 fields need attention.")
        .contains("id=\"dueOn-error\">Must be a date such as 2026-05-31.</span>")
        .contains("id=\"title-error\"")
        .contains("value=\"31/02/2026\"")
        .contains("value=\"&lt;i>PAY-1&lt;/i>\"")
        .doesNotContain("<i>PAY-1")
        .contains("<option value=\"HIGH\" selected>High</option>");
    verifyNoInteractions(openRequest);
  }

  @Test
  void aNewRequest_isOpened_leavingTheDueDateToTheDomain() {
    when(openRequest.open(any())).thenReturn(pluginUpdate(0));

    var reply =
        api.send(
            post(
                "/requests",
                LIMITED_TOKEN,
                "clientId",
                CLIENT.value().toString(),
                "typeId",
                TYPE.value().toString(),
                "title",
                "Update the plugins",
                "priority",
                "URGENT",
                "dueOn",
                "",
                "ownerId",
                ""));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo(PAGE);
    assertThat(flash(reply)).isEqualTo("SUCCESS: Record has been added!");
    var details =
        new RequestDetails(CLIENT, TYPE, "Update the plugins", null, null, Priority.URGENT, null);
    verify(openRequest).open(new OpenRequestCommand(LIMITED, details, null));
  }

  @Test
  void aConflictingEdit_comesBack409_withWhatChanged_andTheStoredVersionToReapplyOn() {
    when(updateRequest.update(any())).thenThrow(new StaleAggregateException("Request", PLUGIN_ID));
    when(getRequest.get(any())).thenReturn(pluginUpdate(4));

    var reply =
        api.send(
            post(
                PAGE,
                LIMITED_TOKEN,
                "clientId",
                CLIENT.value().toString(),
                "typeId",
                TYPE.value().toString(),
                "title",
                "Update every plugin",
                "description",
                "All of them.",
                "reference",
                "PAY-2026-0042",
                "priority",
                "URGENT",
                "dueOn",
                "2026-02-09",
                "ownerId",
                RequestTestData.OWNER.value().toString(),
                "version",
                "3"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(409);
    assertThat(reply.body())
        .contains("Someone else changed this record while you were editing it")
        .contains(
            "<td>Title</td><td class=\"prewrap\">Update the plugins</td>"
                + "<td class=\"prewrap\">Update every plugin</td>")
        .doesNotContain("<td>Reference</td>")
        .contains("name=\"version\" value=\"4\"")
        .contains("value=\"Update every plugin\"");
  }

  @Test
  void aLimitedUsersForgedDelete_isRefusedByTheDomain_withThe403Page() {
    var command = new DeleteRequestCommand(LIMITED, PLUGIN_ID);
    doThrow(new PermissionDeniedException(Permission.DELETE_RECORDS))
        .when(deleteRequest)
        .delete(command);

    var reply = api.send(post(PAGE + "/delete", LIMITED_TOKEN));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
    assertThat(reply.body()).contains("Error 403");
    verify(deleteRequest).delete(command);
    verifyNoInteractions(restoreRequest, getRequest);
  }

  @Test
  void anAdminsDelete_goesBackToTheList_withAFlash() {
    var reply = api.send(post(PAGE + "/delete", ADMIN_TOKEN));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/requests");
    assertThat(flash(reply)).isEqualTo("SUCCESS: Record has been deleted!");
    verify(deleteRequest).delete(new DeleteRequestCommand(ADMIN, PLUGIN_ID));
  }

  private static ClientRequest completed() {
    var request = pluginUpdate(3);
    request.complete(ADMIN, RequestTestData.STARTED);
    return request;
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(Clock.class)
  Clock clock() {
    return RequestTestData.CLOCK;
  }

  @MockBean(GetRequestUseCase.class)
  GetRequestUseCase getRequest() {
    return mock(GetRequestUseCase.class);
  }

  @MockBean(OpenRequestUseCase.class)
  OpenRequestUseCase openRequest() {
    return mock(OpenRequestUseCase.class);
  }

  @MockBean(UpdateRequestUseCase.class)
  UpdateRequestUseCase updateRequest() {
    return mock(UpdateRequestUseCase.class);
  }

  @MockBean(ChangeRequestStatusUseCase.class)
  ChangeRequestStatusUseCase changeStatus() {
    return mock(ChangeRequestStatusUseCase.class);
  }

  @MockBean(DeleteRequestUseCase.class)
  DeleteRequestUseCase deleteRequest() {
    return mock(DeleteRequestUseCase.class);
  }

  @MockBean(RestoreRequestUseCase.class)
  RestoreRequestUseCase restoreRequest() {
    return mock(RestoreRequestUseCase.class);
  }

  @MockBean(GetClientUseCase.class)
  GetClientUseCase getClient() {
    return mock(GetClientUseCase.class);
  }

  @MockBean(GetRequestTypeUseCase.class)
  GetRequestTypeUseCase getType() {
    return mock(GetRequestTypeUseCase.class);
  }

  @MockBean(ListContactRecordsUseCase.class)
  ListContactRecordsUseCase listContacts() {
    return mock(ListContactRecordsUseCase.class);
  }

  @MockBean(GetItemHistoryUseCase.class)
  GetItemHistoryUseCase history() {
    return mock(GetItemHistoryUseCase.class);
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
}
