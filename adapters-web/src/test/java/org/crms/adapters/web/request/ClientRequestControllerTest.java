package org.crms.adapters.web.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.request.RequestTestData.CLIENT;
import static org.crms.adapters.web.request.RequestTestData.OWNER;
import static org.crms.adapters.web.request.RequestTestData.PLUGIN_ID;
import static org.crms.adapters.web.request.RequestTestData.TYPE;
import static org.crms.adapters.web.request.RequestTestData.bare;
import static org.crms.adapters.web.request.RequestTestData.pluginUpdate;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.request.BulkChange;
import org.crms.application.port.in.request.BulkEditRequestsCommand;
import org.crms.application.port.in.request.BulkEditRequestsUseCase;
import org.crms.application.port.in.request.BulkEditResult;
import org.crms.application.port.in.request.BulkEditResult.Item;
import org.crms.application.port.in.request.BulkEditResult.Outcome;
import org.crms.application.port.in.request.ChangeRequestStatusCommand;
import org.crms.application.port.in.request.ChangeRequestStatusUseCase;
import org.crms.application.port.in.request.DeleteRequestCommand;
import org.crms.application.port.in.request.DeleteRequestUseCase;
import org.crms.application.port.in.request.GetRequestQuery;
import org.crms.application.port.in.request.GetRequestUseCase;
import org.crms.application.port.in.request.ListRequestsQuery;
import org.crms.application.port.in.request.ListRequestsUseCase;
import org.crms.application.port.in.request.OpenRequestCommand;
import org.crms.application.port.in.request.OpenRequestUseCase;
import org.crms.application.port.in.request.RequestFilter;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.in.request.RequestSort;
import org.crms.application.port.in.request.RestoreRequestCommand;
import org.crms.application.port.in.request.RestoreRequestUseCase;
import org.crms.application.port.in.request.UpdateRequestCommand;
import org.crms.application.port.in.request.UpdateRequestUseCase;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.IllegalStatusTransitionException;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@MicronautTest
class ClientRequestControllerTest {
  private static final String URL = "/api/v1/requests";
  private static final String PLUGIN_URL = URL + "/" + PLUGIN_ID;
  private static final Actor ADMIN = new Actor(ADMIN_ID, Role.ADMIN);
  private static final Actor LIMITED = new Actor(LIMITED_ID, Role.LIMITED);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListRequestsUseCase listRequests;
  @Inject GetRequestUseCase getRequest;
  @Inject OpenRequestUseCase openRequest;
  @Inject UpdateRequestUseCase updateRequest;
  @Inject ChangeRequestStatusUseCase changeStatus;
  @Inject DeleteRequestUseCase deleteRequest;
  @Inject RestoreRequestUseCase restoreRequest;
  @Inject BulkEditRequestsUseCase bulkEdit;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void list_passesEveryFilter_theSortAndTheLimit_andAnswersAnOpaqueCursorOfThatSort() {
    var plugin = pluginUpdate(3);
    var byDue = new RequestSort(RequestSort.Key.DUE, true);
    when(listRequests.list(any()))
        .thenReturn(new Page<>(List.of(plugin), RequestPosition.of(plugin, byDue)));
    var url =
        URL
            + "?status=PENDING,in_progress&status=COMPLETED&priority=URGENT&typeId="
            + TYPE
            + "&clientId="
            + CLIENT
            + "&ownerId="
            + OWNER
            + "&unassigned=false&mine=true&overdue=true"
            + "&createdFrom=2026-01-01T00:00:00Z&createdTo=2026-02-01T00:00:00Z"
            + "&updatedFrom=2026-01-15T00:00:00Z&updatedTo=2026-02-15T00:00:00Z"
            + "&q=plug&sort=-due&limit=10";

    var reply = api.send(HttpRequest.GET(url), LIMITED_TOKEN);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.list("items"))
        .extracting(i -> i.get("title"))
        .containsExactly("Update the plugins");
    var cursor = (String) reply.map().get("nextCursor");
    assertThat(cursor).isNotBlank().doesNotContain("2026");
    var query = ArgumentCaptor.forClass(ListRequestsQuery.class);
    verify(listRequests).list(query.capture());
    var expected =
        RequestFilter.builder()
            .statuses(Set.of(RequestStatus.values()))
            .priorities(Set.of(Priority.URGENT))
            .typeId(TYPE)
            .clientId(CLIENT)
            .ownerId(OWNER)
            .unassigned(false)
            .mine(true)
            .overdue(true)
            .created(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"))
            .updated(Instant.parse("2026-01-15T00:00:00Z"), Instant.parse("2026-02-15T00:00:00Z"))
            .q("plug")
            .build();
    assertThat(query.getValue().actor()).isEqualTo(LIMITED);
    assertThat(query.getValue().filter()).isEqualTo(expected);
    assertThat(query.getValue().sort()).isEqualTo(byDue);
    assertThat(query.getValue().limit().value()).isEqualTo(10);
    assertThat(query.getValue().after()).isNull();

    api.send(HttpRequest.GET(URL + "?sort=-due&cursor=" + cursor), LIMITED_TOKEN);

    verify(listRequests, times(2)).list(query.capture());
    assertThat(query.getValue().after()).isEqualTo(RequestPosition.of(plugin, byDue));
  }

  @Test
  void list_withoutParameters_isNewestFirst_fiftyAPage_unfiltered() {
    when(listRequests.list(any())).thenReturn(new Page<>(List.of(), null));

    var reply = api.send(HttpRequest.GET(URL), ADMIN_TOKEN);

    assertThat(reply.map()).containsEntry("items", List.of()).containsEntry("nextCursor", null);
    var query = ArgumentCaptor.forClass(ListRequestsQuery.class);
    verify(listRequests).list(query.capture());
    assertThat(query.getValue().filter()).isEqualTo(RequestFilter.all());
    assertThat(query.getValue().sort()).isEqualTo(RequestSort.DEFAULT);
    assertThat(query.getValue().limit().value()).isEqualTo(50);
  }

  @Test
  void a_cursor_without_a_due_date_pages_on_among_the_undated() {
    var undated = bare("No due date");
    var byDue = new RequestSort(RequestSort.Key.DUE, false);
    when(listRequests.list(any()))
        .thenReturn(new Page<>(List.of(undated), RequestPosition.of(undated, byDue)));
    var cursor =
        (String) api.send(HttpRequest.GET(URL + "?sort=due"), ADMIN_TOKEN).map().get("nextCursor");

    api.send(HttpRequest.GET(URL + "?sort=due&cursor=" + cursor), ADMIN_TOKEN);

    var query = ArgumentCaptor.forClass(ListRequestsQuery.class);
    verify(listRequests, times(2)).list(query.capture());
    assertThat(query.getValue().after()).isEqualTo(new RequestPosition(byDue, null, undated.id()));
  }

  @Test
  void get_answersEveryFieldInCamelCase_withOverdueForToday_andTheVersionAsETag() {
    when(getRequest.get(new GetRequestQuery(LIMITED, PLUGIN_ID))).thenReturn(pluginUpdate(3));

    var reply = api.send(HttpRequest.GET(PLUGIN_URL), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"3\"");
    assertThat(reply.map())
        .containsOnlyKeys(
            "id",
            "clientId",
            "typeId",
            "title",
            "description",
            "reference",
            "status",
            "statusLabel",
            "priority",
            "ownerId",
            "dueOn",
            "overdue",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy",
            "startedAt",
            "completedAt",
            "version")
        .containsEntry("id", PLUGIN_ID.toString())
        .containsEntry("clientId", CLIENT.toString())
        .containsEntry("typeId", TYPE.toString())
        .containsEntry("title", "Update the plugins")
        .containsEntry("description", "All of them.")
        .containsEntry("reference", "PAY-2026-0042")
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("statusLabel", "In Progress")
        .containsEntry("priority", "URGENT")
        .containsEntry("ownerId", OWNER.toString())
        .containsEntry("dueOn", "2026-02-09")
        .containsEntry("overdue", true)
        .containsEntry("createdAt", "2026-02-02T08:00:00Z")
        .containsEntry("createdBy", RequestTestData.CREATOR.toString())
        .containsEntry("startedAt", "2026-02-03T12:15:00Z")
        .containsEntry("completedAt", null);
  }

  @Test
  void get_showsAbsentFieldsAsNull() {
    var bare = bare("Call back");
    when(getRequest.get(any())).thenReturn(bare);

    var reply = api.send(HttpRequest.GET(URL + "/" + bare.id()), ADMIN_TOKEN);

    assertThat(reply.map())
        .containsEntry("description", null)
        .containsEntry("reference", null)
        .containsEntry("ownerId", null)
        .containsEntry("dueOn", null)
        .containsEntry("overdue", false)
        .containsEntry("createdBy", null)
        .containsEntry("startedAt", null)
        .containsEntry("statusLabel", "Pending");
  }

  @Test
  void open_answers201WithLocationAndETag_andPassesTheParsedFields() {
    var opened = bare("Update the plugins");
    when(openRequest.open(any())).thenReturn(opened);
    var payload =
        Map.of(
            "clientId",
            CLIENT.toString(),
            "typeId",
            TYPE.toString(),
            "title",
            "Update the plugins",
            "priority",
            "high",
            "dueOn",
            "2026-03-01",
            "ownerId",
            OWNER.toString());

    var reply = api.send(HttpRequest.POST(URL, payload), LIMITED_TOKEN);

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo(URL + "/" + opened.id());
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"0\"");
    var details =
        RequestDetails.parse(
            CLIENT,
            TYPE,
            "Update the plugins",
            null,
            null,
            Priority.HIGH,
            LocalDate.parse("2026-03-01"));
    verify(openRequest).open(new OpenRequestCommand(LIMITED, details, OWNER));
  }

  @Test
  void update_sendsTheVersionFromIfMatch_andAnswersTheNewETag() {
    when(updateRequest.update(any())).thenReturn(pluginUpdate(4));
    var payload =
        Map.of("clientId", CLIENT.toString(), "typeId", TYPE.toString(), "title", "Renamed");

    var reply =
        api.send(
            HttpRequest.PUT(PLUGIN_URL, payload).header(HttpHeaders.IF_MATCH, "\"3\""),
            ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"4\"");
    var details = RequestDetails.parse(CLIENT, TYPE, "Renamed", null, null, null, null);
    verify(updateRequest).update(new UpdateRequestCommand(ADMIN, PLUGIN_ID, 3, details, null));
  }

  @Test
  void status_movesWithOrWithoutIfMatch_andAWildcardAsksForAnyVersion() {
    when(changeStatus.changeStatus(any())).thenReturn(pluginUpdate(4));

    var plain =
        api.send(
            HttpRequest.POST(PLUGIN_URL + "/status", Map.of("status", "COMPLETED")), LIMITED_TOKEN);
    var guarded =
        api.send(
            HttpRequest.POST(PLUGIN_URL + "/status", Map.of("status", "in_progress"))
                .header(HttpHeaders.IF_MATCH, "\"3\""),
            LIMITED_TOKEN);

    var wildcard =
        api.send(
            HttpRequest.POST(PLUGIN_URL + "/status", Map.of("status", "PENDING"))
                .header(HttpHeaders.IF_MATCH, "*"),
            LIMITED_TOKEN);

    assertThat(plain.status()).isEqualTo(200);
    assertThat(wildcard.status()).isEqualTo(200);
    assertThat(guarded.header(HttpHeaders.ETAG)).isEqualTo("\"4\"");
    verify(changeStatus)
        .changeStatus(
            new ChangeRequestStatusCommand(LIMITED, PLUGIN_ID, RequestStatus.COMPLETED, null));
    verify(changeStatus)
        .changeStatus(
            new ChangeRequestStatusCommand(LIMITED, PLUGIN_ID, RequestStatus.PENDING, null));
    verify(changeStatus)
        .changeStatus(
            new ChangeRequestStatusCommand(LIMITED, PLUGIN_ID, RequestStatus.IN_PROGRESS, 3L));
  }

  @Test
  void delete_answers204_andRestore_theRestoredRequest() {
    when(restoreRequest.restore(new RestoreRequestCommand(ADMIN, PLUGIN_ID)))
        .thenReturn(pluginUpdate(6));

    var delete = api.send(HttpRequest.DELETE(PLUGIN_URL), ADMIN_TOKEN);
    var restore = api.send(HttpRequest.POST(PLUGIN_URL + "/restore", ""), ADMIN_TOKEN);

    assertThat(delete.status()).isEqualTo(204);
    assertThat(delete.body()).isEmpty();
    verify(deleteRequest).delete(new DeleteRequestCommand(ADMIN, PLUGIN_ID));
    assertThat(restore.status()).isEqualTo(200);
    assertThat(restore.header(HttpHeaders.ETAG)).isEqualTo("\"6\"");
  }

  @Test
  void bulk_answers200WithEachOutcome_andTheProblemOfEachRefusal() {
    var other = ClientRequestId.newId();
    var refusal =
        new IllegalStatusTransitionException(other, RequestStatus.PENDING, RequestStatus.COMPLETED);
    when(bulkEdit.edit(any()))
        .thenReturn(
            new BulkEditResult(
                List.of(
                    new Item(PLUGIN_ID, Outcome.APPLIED, null),
                    new Item(other, Outcome.REFUSED, refusal))));
    var body =
        Map.of(
            "ids",
            List.of(PLUGIN_ID.toString(), other.toString()),
            "change",
            Map.of("status", "COMPLETED"));

    var reply = api.send(HttpRequest.POST(URL + "/bulk", body), LIMITED_TOKEN);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(((Number) reply.map().get("applied")).intValue()).isEqualTo(1);
    var results = reply.list("results");
    assertThat(results.get(0))
        .containsEntry("id", PLUGIN_ID.toString())
        .containsEntry("outcome", "APPLIED")
        .containsEntry("problem", null);
    assertThat(results.get(1)).containsEntry("outcome", "REFUSED");
    @SuppressWarnings("unchecked")
    var problem = (Map<String, Object>) results.get(1).get("problem");
    assertThat(problem)
        .containsEntry("type", "/problems/conflict")
        .containsEntry("title", "Conflict");
    assertThat((String) problem.get("detail")).contains("Pending").contains("Completed");
    verify(bulkEdit)
        .edit(
            new BulkEditRequestsCommand(
                LIMITED, List.of(PLUGIN_ID, other), BulkChange.status(RequestStatus.COMPLETED)));
  }

  @Test
  void bulk_readsEachKindOfChange_andANullOwnerOrDueDateClearsIt() {
    when(bulkEdit.edit(any())).thenReturn(new BulkEditResult(List.of()));
    var ids = List.of(PLUGIN_ID.toString());
    var changes = new java.util.HashMap<String, Object>();
    changes.put("ownerId", null);

    api.send(HttpRequest.POST(URL + "/bulk", Map.of("ids", ids, "change", changes)), ADMIN_TOKEN);
    changes.clear();
    changes.put("dueOn", null);
    api.send(HttpRequest.POST(URL + "/bulk", Map.of("ids", ids, "change", changes)), ADMIN_TOKEN);
    api.send(
        HttpRequest.POST(URL + "/bulk", Map.of("ids", ids, "change", Map.of("priority", "LOW"))),
        ADMIN_TOKEN);
    api.send(
        HttpRequest.POST(
            URL + "/bulk", Map.of("ids", ids, "change", Map.of("typeId", TYPE.toString()))),
        ADMIN_TOKEN);
    api.send(
        HttpRequest.POST(
            URL + "/bulk", Map.of("ids", ids, "change", Map.of("owner", OWNER.toString()))),
        ADMIN_TOKEN);

    var ids2 = List.of(PLUGIN_ID);
    verify(bulkEdit).edit(new BulkEditRequestsCommand(ADMIN, ids2, BulkChange.owner(null)));
    verify(bulkEdit).edit(new BulkEditRequestsCommand(ADMIN, ids2, BulkChange.dueOn(null)));
    verify(bulkEdit)
        .edit(new BulkEditRequestsCommand(ADMIN, ids2, BulkChange.priority(Priority.LOW)));
    verify(bulkEdit).edit(new BulkEditRequestsCommand(ADMIN, ids2, BulkChange.type(TYPE)));
    verify(bulkEdit).edit(new BulkEditRequestsCommand(ADMIN, ids2, BulkChange.owner(OWNER)));
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

  @MockBean(BulkEditRequestsUseCase.class)
  BulkEditRequestsUseCase bulkEdit() {
    return mock(BulkEditRequestsUseCase.class);
  }
}
