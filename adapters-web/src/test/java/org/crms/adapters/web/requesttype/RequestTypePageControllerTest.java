package org.crms.adapters.web.requesttype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.BrowserPages.flash;
import static org.crms.adapters.web.BrowserPages.get;
import static org.crms.adapters.web.BrowserPages.post;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.requesttype.RequestTypeTestData.SEO_ID;
import static org.crms.adapters.web.requesttype.RequestTypeTestData.bare;
import static org.crms.adapters.web.requesttype.RequestTypeTestData.seoCheck;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.audit.GetItemHistoryUseCase;
import org.crms.application.port.in.audit.ItemNotFoundException;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.request.ListRequestsQuery;
import org.crms.application.port.in.request.ListRequestsUseCase;
import org.crms.application.port.in.requesttype.DefineRequestTypeCommand;
import org.crms.application.port.in.requesttype.DefineRequestTypeUseCase;
import org.crms.application.port.in.requesttype.DeleteRequestTypeCommand;
import org.crms.application.port.in.requesttype.DeleteRequestTypeUseCase;
import org.crms.application.port.in.requesttype.GetRequestTypeUseCase;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.crms.application.port.in.requesttype.RestoreRequestTypeUseCase;
import org.crms.application.port.in.requesttype.UpdateRequestTypeUseCase;
import org.crms.application.port.in.user.ListTeamMembersUseCase;
import org.crms.application.port.in.user.TeamMember;
import org.crms.domain.audit.ItemType;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.DuplicateRequestTypeNameException;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.RequestTypeName;
import org.crms.domain.requesttype.TypeStillInUseException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The request type pages: list, detail, forms and buttons, as a signed-in browser uses them. */
@MicronautTest
class RequestTypePageControllerTest {
  private static final Instant NOW = Instant.parse("2026-02-10T10:00:00Z");
  private static final Actor LIMITED = new Actor(LIMITED_ID, Role.LIMITED);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListRequestTypesUseCase listTypes;
  @Inject GetRequestTypeUseCase getType;
  @Inject DefineRequestTypeUseCase defineType;
  @Inject UpdateRequestTypeUseCase updateType;
  @Inject DeleteRequestTypeUseCase deleteType;
  @Inject RestoreRequestTypeUseCase restoreType;
  @Inject ListRequestsUseCase listRequests;
  @Inject GetItemHistoryUseCase history;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void list_escapesNames_linksTheNextPage_andExportsTheSameQueryAsCsv() {
    var evil = bare("<i>Plugins</i>");
    when(listTypes.list(any())).thenReturn(new Page<>(List.of(evil), RequestTypePosition.of(evil)));

    var reply = api.send(get("/request-types?active=true&q=plug", LIMITED_TOKEN));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains("&lt;i&gt;Plugins&lt;/i&gt;")
        .doesNotContain("<i>Plugins</i>")
        .contains("href=\"/api/v1/request-types?format=csv&amp;q=plug&amp;active=true\"")
        .contains("href=\"/request-types?q=plug&amp;active=true&amp;cursor=")
        .contains("href=\"/request-types/new\"");
  }

  @Test
  void detail_showsTheLiveRequestsOfTheType_andNoDeleteButtonToALimitedUser() {
    when(getType.get(any())).thenReturn(seoCheck(2));
    when(listRequests.list(any())).thenReturn(new Page<>(List.of(pendingRequest()), null));
    when(history.history(any()))
        .thenThrow(new ItemNotFoundException(ItemType.REQUEST_TYPE, SEO_ID.value()));

    var reply = api.send(get("/request-types/" + SEO_ID, LIMITED_TOKEN));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains("<h1>SEO Tech Check</h1>", "Crawl, speed and markup review.", "5 days")
        .contains("Check the sitemap", "Pending", "Unassigned")
        .doesNotContain("Delete request type");
    var query = ArgumentCaptor.forClass(ListRequestsQuery.class);
    verify(listRequests).list(query.capture());
    assertThat(query.getValue().filter().typeId()).isEqualTo(SEO_ID);
    verifyNoInteractions(listTypes);
  }

  @Test
  void create_refusesAnUnreadableTarget_422_withTheMessageAndTheValueAsTyped() {
    var reply =
        api.send(
            post(
                "/request-types",
                LIMITED_TOKEN,
                Map.of("name", "", "targetDays", "five", "active", "true")));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body())
        .contains("2 fields need attention.")
        .contains("id=\"name-error\">This field is required.</span>")
        .contains("id=\"targetDays-error\">Enter a whole number of days between 1 and 365.</span>")
        .contains("value=\"five\"", "checked");
    verifyNoInteractions(defineType);
  }

  @Test
  void create_definesTheType_andSeesOtherToItsPage() {
    when(defineType.define(any())).thenReturn(seoCheck(0));

    var reply =
        api.send(
            post(
                "/request-types",
                LIMITED_TOKEN,
                Map.of("name", "SEO Tech Check", "targetDays", " 5 ", "description", "")));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/request-types/" + SEO_ID);
    assertThat(flash(reply)).isEqualTo("SUCCESS: Record has been added!");
    verify(defineType)
        .define(
            new DefineRequestTypeCommand(
                LIMITED, RequestTypeDetails.parse("SEO Tech Check", null, 5, false)));
  }

  @Test
  void aStaleEdit_comesBack409_withWhatDiffers_andTheStoredVersion() {
    when(updateType.update(any())).thenThrow(new StaleAggregateException("Request type", SEO_ID));
    when(getType.get(any())).thenReturn(seoCheck(4));
    var yours =
        Map.of(
            "name", "SEO Tech Check",
            "description", "Crawl, speed and markup review.",
            "targetDays", "7",
            "active", "true",
            "version", "2");

    var reply = api.send(post("/request-types/" + SEO_ID, ADMIN_TOKEN, yours));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.body())
        .contains("Someone else changed this record while you were editing it")
        .contains("<td>Default target (days)</td>", "<td class=\"prewrap\">5</td>")
        .contains("<td class=\"prewrap\">7</td>")
        .doesNotContain("<td>Name</td>")
        .contains("name=\"version\" value=\"4\"", "value=\"7\"");
  }

  @Test
  void delete_ofATypeInUse_goesBackWithTheReason_andALimitedUserGetsTheForbiddenPage() {
    doThrow(new TypeStillInUseException(new RequestTypeName("SEO Tech Check"), 1))
        .when(deleteType)
        .delete(new DeleteRequestTypeCommand(new Actor(ADMIN_ID, Role.ADMIN), SEO_ID));
    doThrow(new PermissionDeniedException(Permission.DELETE_RECORDS))
        .when(deleteType)
        .delete(new DeleteRequestTypeCommand(LIMITED, SEO_ID));

    var inUse = api.send(post("/request-types/" + SEO_ID + "/delete", ADMIN_TOKEN, Map.of()));
    var forged = api.send(post("/request-types/" + SEO_ID + "/delete", LIMITED_TOKEN, Map.of()));

    assertThat(inUse.status()).isEqualTo(303);
    assertThat(inUse.header(HttpHeaders.LOCATION)).isEqualTo("/request-types/" + SEO_ID);
    assertThat(flash(inUse))
        .isEqualTo(
            "ERROR: The request type \"SEO Tech Check\" still has 1 request; deactivate it instead.");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.body()).contains("You do not have permission to do this.");
    verify(deleteType).delete(new DeleteRequestTypeCommand(LIMITED, SEO_ID));
    verify(deleteType)
        .delete(new DeleteRequestTypeCommand(new Actor(ADMIN_ID, Role.ADMIN), SEO_ID));
    verifyNoMoreInteractions(deleteType);
  }

  @Test
  void aRestoreRefusedBecauseTheNameWasTaken_staysInTheTrash_withTheReason() {
    when(restoreType.restore(any()))
        .thenThrow(new DuplicateRequestTypeNameException(new RequestTypeName("SEO Tech Check")));

    var reply = api.send(post("/request-types/" + SEO_ID + "/restore", ADMIN_TOKEN, Map.of()));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/trash");
    assertThat(flash(reply))
        .isEqualTo("ERROR: A request type named \"SEO Tech Check\" already exists.");
  }

  private static ClientRequest pendingRequest() {
    var details =
        new RequestDetails(
            ClientId.newId(), SEO_ID, "Check the sitemap", null, null, Priority.NORMAL, null);
    var stamp = new Stamp(NOW, null);
    return ClientRequest.reconstitute(
        new ClientRequest.State(
            ClientRequestId.newId(),
            details,
            RequestStatus.PENDING,
            null,
            stamp,
            stamp,
            null,
            null,
            null,
            0));
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(Clock.class)
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @MockBean(ListRequestTypesUseCase.class)
  ListRequestTypesUseCase listTypes() {
    return mock(ListRequestTypesUseCase.class);
  }

  @MockBean(GetRequestTypeUseCase.class)
  GetRequestTypeUseCase getType() {
    return mock(GetRequestTypeUseCase.class);
  }

  @MockBean(DefineRequestTypeUseCase.class)
  DefineRequestTypeUseCase defineType() {
    return mock(DefineRequestTypeUseCase.class);
  }

  @MockBean(UpdateRequestTypeUseCase.class)
  UpdateRequestTypeUseCase updateType() {
    return mock(UpdateRequestTypeUseCase.class);
  }

  @MockBean(DeleteRequestTypeUseCase.class)
  DeleteRequestTypeUseCase deleteType() {
    return mock(DeleteRequestTypeUseCase.class);
  }

  @MockBean(RestoreRequestTypeUseCase.class)
  RestoreRequestTypeUseCase restoreType() {
    return mock(RestoreRequestTypeUseCase.class);
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

  @MockBean(GetItemHistoryUseCase.class)
  GetItemHistoryUseCase history() {
    return mock(GetItemHistoryUseCase.class);
  }
}
