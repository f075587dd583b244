package org.crms.adapters.web.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.request.RequestTestData.CLIENT;
import static org.crms.adapters.web.request.RequestTestData.PLUGIN_ID;
import static org.crms.adapters.web.request.RequestTestData.TYPE;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.request.BulkEditRequestsUseCase;
import org.crms.application.port.in.request.ChangeRequestStatusUseCase;
import org.crms.application.port.in.request.ClientRequestNotFoundException;
import org.crms.application.port.in.request.DeleteRequestUseCase;
import org.crms.application.port.in.request.GetRequestUseCase;
import org.crms.application.port.in.request.ListRequestsUseCase;
import org.crms.application.port.in.request.OpenRequestUseCase;
import org.crms.application.port.in.request.RestoreRequestUseCase;
import org.crms.application.port.in.request.UpdateRequestUseCase;
import org.crms.domain.request.IllegalStatusTransitionException;
import org.crms.domain.request.RequestNotDeletedException;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class ClientRequestControllerErrorsTest {
  private static final String URL = "/api/v1/requests";
  private static final String PLUGIN_URL = URL + "/" + PLUGIN_ID;
  private static final Map<String, Object> VALID =
      Map.of("clientId", CLIENT.toString(), "typeId", TYPE.toString(), "title", "Fix it");

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

  private List<Object> fields(TestApi.Reply reply) {
    return reply.list("errors").stream().map(e -> e.get("field")).toList();
  }

  @Test
  void everyBadFieldOfAPayload_isReportedAtOnce_as422() {
    var body =
        "{\"clientId\": \"not-an-id\", \"title\": \" \", \"priority\": \"SOON\","
            + " \"dueOn\": \"31/12/2026\", \"ownerId\": \"12\", \"reference\": \""
            + "r".repeat(256)
            + "\"}";

    var reply = api.send(HttpRequest.POST(URL, body), ADMIN_TOKEN);

    assertThat(reply.problem(422)).containsEntry("type", "/problems/validation-failed");
    assertThat(fields(reply))
        .containsExactly(
            "clientId", "priority", "dueOn", "ownerId", "title", "reference", "typeId");
    verifyNoInteractions(openRequest);
  }

  @Test
  void aBadReferenceFoundByTheUseCase_answers422NamingIt() {
    when(openRequest.open(any()))
        .thenThrow(new InvalidValueException("typeId", "This request type is inactive."));

    var reply = api.send(HttpRequest.POST(URL, VALID), LIMITED_TOKEN);

    reply.problem(422);
    assertThat(fields(reply)).containsExactly("typeId");
  }

  @Test
  void malformedJson_answers400() {
    var reply = api.send(HttpRequest.POST(URL, "{\"title\": "), ADMIN_TOKEN);

    reply.problem(400);
    verifyNoInteractions(openRequest);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "*"})
  void anEditWithoutIfMatch_answers428(String ifMatch) {
    var request = HttpRequest.PUT(PLUGIN_URL, VALID);
    if (!ifMatch.isEmpty()) {
      request.header(HttpHeaders.IF_MATCH, ifMatch);
    }

    api.send(request, ADMIN_TOKEN).problem(428);
    verifyNoInteractions(updateRequest);
  }

  @Test
  void aStaleEdit_answers412() {
    when(updateRequest.update(any())).thenThrow(new StaleAggregateException("Request", PLUGIN_ID));

    var reply =
        api.send(
            HttpRequest.PUT(PLUGIN_URL, VALID).header(HttpHeaders.IF_MATCH, "\"2\""), ADMIN_TOKEN);

    assertThat(reply.problem(412)).containsEntry("type", "/problems/stale-version");
  }

  @Test
  void anIllegalMove_answers409NamingBothStatuses() {
    when(changeStatus.changeStatus(any()))
        .thenThrow(
            new IllegalStatusTransitionException(
                PLUGIN_ID, RequestStatus.PENDING, RequestStatus.COMPLETED));

    var reply =
        api.send(
            HttpRequest.POST(PLUGIN_URL + "/status", Map.of("status", "COMPLETED")), LIMITED_TOKEN);

    assertThat(reply.problem(409)).containsEntry("type", "/problems/conflict");
    assertThat((String) reply.map().get("detail"))
        .contains("cannot move from Pending to Completed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"status\": \"DONE\"}", "{\"status\": \"\"}", "{}"})
  void anUnknownOrMissingStatus_answers422NamingIt(String body) {
    var reply = api.send(HttpRequest.POST(PLUGIN_URL + "/status", body), LIMITED_TOKEN);

    reply.problem(422);
    assertThat(fields(reply)).containsExactly("status");
    verifyNoInteractions(changeStatus);
  }

  @Test
  void aStaleIfMatchOnAMove_answers412() {
    var reply =
        api.send(
            HttpRequest.POST(PLUGIN_URL + "/status", Map.of("status", "COMPLETED"))
                .header(HttpHeaders.IF_MATCH, "W/\"1\""),
            LIMITED_TOKEN);

    reply.problem(412);
    verifyNoInteractions(changeStatus);
  }

  @Test
  void noToken_answers401OnEveryRoute() {
    var replies =
        new TestApi.Reply[] {
          api.send(HttpRequest.GET(URL)),
          api.send(HttpRequest.GET(PLUGIN_URL)),
          api.send(HttpRequest.POST(URL, VALID)),
          api.send(HttpRequest.PUT(PLUGIN_URL, VALID).header(HttpHeaders.IF_MATCH, "\"1\"")),
          api.send(HttpRequest.POST(PLUGIN_URL + "/status", Map.of("status", "COMPLETED"))),
          api.send(HttpRequest.DELETE(PLUGIN_URL)),
          api.send(HttpRequest.POST(PLUGIN_URL + "/restore", "")),
          api.send(HttpRequest.POST(URL + "/bulk", Map.of("ids", List.of(), "change", Map.of())))
        };

    for (var reply : replies) {
      reply.problem(401);
    }
    verifyNoInteractions(
        listRequests,
        getRequest,
        openRequest,
        updateRequest,
        changeStatus,
        deleteRequest,
        restoreRequest,
        bulkEdit);
  }

  @Test
  void aLimitedUsersDeleteOrRestore_answers403() {
    doThrow(new PermissionDeniedException(Permission.DELETE_RECORDS))
        .when(deleteRequest)
        .delete(any());
    when(restoreRequest.restore(any()))
        .thenThrow(new PermissionDeniedException(Permission.DELETE_RECORDS));

    var delete = api.send(HttpRequest.DELETE(PLUGIN_URL), LIMITED_TOKEN);
    var restore = api.send(HttpRequest.POST(PLUGIN_URL + "/restore", ""), LIMITED_TOKEN);

    for (var reply : new TestApi.Reply[] {delete, restore}) {
      assertThat(reply.problem(403)).containsEntry("type", "/problems/permission-denied");
    }
  }

  @Test
  void anUnknownRequest_answers404OnEveryRouteWithAnId() {
    var notFound = new ClientRequestNotFoundException(PLUGIN_ID);
    when(getRequest.get(any())).thenThrow(notFound);
    when(updateRequest.update(any())).thenThrow(notFound);
    when(changeStatus.changeStatus(any())).thenThrow(notFound);
    doThrow(notFound).when(deleteRequest).delete(any());
    when(restoreRequest.restore(any())).thenThrow(notFound);

    var replies =
        new TestApi.Reply[] {
          api.send(HttpRequest.GET(PLUGIN_URL), ADMIN_TOKEN),
          api.send(
              HttpRequest.PUT(PLUGIN_URL, VALID).header(HttpHeaders.IF_MATCH, "\"1\""),
              ADMIN_TOKEN),
          api.send(
              HttpRequest.POST(PLUGIN_URL + "/status", Map.of("status", "PENDING")), ADMIN_TOKEN),
          api.send(HttpRequest.DELETE(PLUGIN_URL), ADMIN_TOKEN),
          api.send(HttpRequest.POST(PLUGIN_URL + "/restore", ""), ADMIN_TOKEN)
        };

    for (var reply : replies) {
      assertThat(reply.problem(404)).containsEntry("type", "/problems/not-found");
    }
  }

  @Test
  void restoringARequestNotInTheTrash_answers409() {
    when(restoreRequest.restore(any())).thenThrow(new RequestNotDeletedException(PLUGIN_ID));

    api.send(HttpRequest.POST(PLUGIN_URL + "/restore", ""), ADMIN_TOKEN).problem(409);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "status=DONE",
        "priority=SOMETIME",
        "typeId=42",
        "clientId=x",
        "ownerId=",
        "unassigned=maybe",
        "mine=1",
        "overdue=yes",
        "createdFrom=yesterday",
        "createdTo=2026-01-01",
        "updatedFrom=1700000000",
        "updatedTo=now",
        "sort=newest",
        "sort=--created",
        "limit=ten",
        "cursor=%21%21not-base64",
        "cursor=bm90LWEtY3Vyc29y"
      })
  void aMalformedListParameter_answers400NamingIt(String parameter) {
    var name = parameter.substring(0, parameter.indexOf('='));
    if (parameter.equals("ownerId=")) {
      // Blank means "not given", never an error.
      when(listRequests.list(any()))
          .thenReturn(new org.crms.application.port.in.Page<>(List.of(), null));
      assertThat(api.send(HttpRequest.GET(URL + "?" + parameter), ADMIN_TOKEN).status())
          .isEqualTo(200);
      return;
    }

    var reply = api.send(HttpRequest.GET(URL + "?" + parameter), ADMIN_TOKEN);

    reply.problem(400);
    assertThat(fields(reply)).containsExactly(name);
    verifyNoInteractions(listRequests);
  }

  @Test
  void aCursorOfAnotherSort_answers400NamingTheCursor() {
    var cursor = org.crms.adapters.web.shared.PageCursor.encode(UUID.randomUUID(), "title:Fix it");

    var reply = api.send(HttpRequest.GET(URL + "?sort=-created&cursor=" + cursor), ADMIN_TOKEN);

    reply.problem(400);
    assertThat(fields(reply)).containsExactly("cursor");
  }

  @Test
  void aLimitOutOfRange_answers422NamingIt() {
    var reply = api.send(HttpRequest.GET(URL + "?limit=201"), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(fields(reply)).containsExactly("limit");
  }

  @Test
  void aNonUuidId_answers400() {
    api.send(HttpRequest.GET(URL + "/not-a-uuid"), ADMIN_TOKEN).problem(400);
    verifyNoInteractions(getRequest);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"ids\": [\"%s\"]}",
        "{\"ids\": [\"%s\"], \"change\": {}}",
        "{\"ids\": [\"%s\"], \"change\": {\"status\": \"COMPLETED\", \"priority\": \"LOW\"}}",
        "{\"ids\": [\"%s\"], \"change\": {\"colour\": \"red\"}}"
      })
  void aBulkEditWithoutExactlyOneKnownChange_answers422NamingTheChange(String template) {
    var reply =
        api.send(HttpRequest.POST(URL + "/bulk", template.formatted(PLUGIN_ID)), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(fields(reply)).containsExactly("change");
    verifyNoInteractions(bulkEdit);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"status\": \"FINISHED\"}|change.status",
        "{\"status\": null}|change.status",
        "{\"priority\": 3}|change.priority",
        "{\"dueOn\": \"tomorrow\"}|change.dueOn",
        "{\"typeId\": null}|change.typeId",
        "{\"ownerId\": \"someone\"}|change.ownerId"
      })
  void aBulkChangeWithABadValue_answers422NamingIt(String changeAndField) {
    var parts = changeAndField.split("\\|");
    var body = "{\"ids\": [\"" + PLUGIN_ID + "\"], \"change\": " + parts[0] + "}";

    var reply = api.send(HttpRequest.POST(URL + "/bulk", body), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(fields(reply)).containsExactly(parts[1]);
    verifyNoInteractions(bulkEdit);
  }

  @Test
  void aBulkEditOfNoneOrTooManyOrMalformedIds_answers422NamingTheIds() {
    var change = Map.of("priority", "LOW");
    var tooMany =
        Collections.nCopies(201, (Object) null).stream()
            .map(x -> UUID.randomUUID().toString())
            .toList();

    var none =
        api.send(
            HttpRequest.POST(URL + "/bulk", Map.of("ids", List.of(), "change", change)),
            ADMIN_TOKEN);
    var many =
        api.send(
            HttpRequest.POST(URL + "/bulk", Map.of("ids", tooMany, "change", change)), ADMIN_TOKEN);
    var bad =
        api.send(
            HttpRequest.POST(URL + "/bulk", Map.of("ids", List.of("x"), "change", change)),
            ADMIN_TOKEN);
    var missing = api.send(HttpRequest.POST(URL + "/bulk", Map.of("change", change)), ADMIN_TOKEN);

    for (var reply : new TestApi.Reply[] {none, many, bad, missing}) {
      reply.problem(422);
      assertThat(fields(reply)).containsExactly("ids");
    }
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
