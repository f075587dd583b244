package org.crms.adapters.web.requesttype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.requesttype.RequestTypeTestData.SEO_ID;
import static org.crms.adapters.web.requesttype.RequestTypeTestData.seoCheck;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
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
import java.util.List;
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.requesttype.DefineRequestTypeUseCase;
import org.crms.application.port.in.requesttype.DeleteRequestTypeUseCase;
import org.crms.application.port.in.requesttype.GetRequestTypeUseCase;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.requesttype.RequestTypeNotFoundException;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.crms.application.port.in.requesttype.RestoreRequestTypeUseCase;
import org.crms.application.port.in.requesttype.UpdateRequestTypeUseCase;
import org.crms.domain.requesttype.DuplicateRequestTypeNameException;
import org.crms.domain.requesttype.RequestTypeName;
import org.crms.domain.requesttype.RequestTypeNotDeletedException;
import org.crms.domain.requesttype.TypeStillInUseException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class RequestTypeControllerErrorsTest {
  private static final String URL = "/api/v1/request-types";
  private static final String SEO_URL = URL + "/" + SEO_ID;

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
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void blankName_answers422NamingTheField() {
    var reply = api.send(HttpRequest.POST(URL, Map.of("name", " ")), ADMIN_TOKEN);

    var problem = reply.problem(422);
    assertThat(problem).containsEntry("type", "/problems/validation-failed");
    assertThat(reply.list("errors").get(0)).containsEntry("field", "name").containsKey("message");
    verifyNoInteractions(defineType);
  }

  @Test
  void tooLongDescription_answers422NamingTheField() {
    var description = "x".repeat(10_001);

    var reply =
        api.send(
            HttpRequest.POST(URL, Map.of("name", "Audit", "description", description)),
            ADMIN_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors"))
        .extracting(error -> error.get("field"))
        .containsExactly("description");
    verifyNoInteractions(defineType);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "366", "99999999999999999999", "-99999999999999999999"})
  void targetDaysOutOfRange_answers422NamingIt(String targetDays) {
    var body = "{\"name\": \"Audit\", \"targetDays\": " + targetDays + "}";

    var reply = api.send(HttpRequest.POST(URL, body), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors"))
        .extracting(error -> error.get("field"))
        .containsExactly("targetDays");
    verifyNoInteractions(defineType);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\"5\"", "\"\"", "2.5", "5.0", "1e2", "true", "{}", "[5]", "{\"days\": 5}"})
  void targetDaysThatIsNotAJsonInteger_answers422NamingIt_neverAnInternalError(String targetDays) {
    var body = "{\"name\": \"Audit\", \"targetDays\": " + targetDays + "}";

    var reply = api.send(HttpRequest.POST(URL, body), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors"))
        .extracting(error -> error.get("field"))
        .containsExactly("targetDays");
    verifyNoInteractions(defineType);
  }

  @Test
  void severalInvalidFields_areAllReportedAtOnce() {
    var body =
        "{\"name\": \"\", \"description\": \""
            + "d".repeat(10_001)
            + "\", \"targetDays\": \"soon\", \"active\": \"yes\"}";

    var reply =
        api.send(HttpRequest.PUT(SEO_URL, body).header(HttpHeaders.IF_MATCH, "\"1\""), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors"))
        .extracting(error -> error.get("field"))
        .containsExactly("name", "description", "targetDays", "active");
    verifyNoInteractions(updateType);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"maybe\"", "\"true\"", "1"})
  void activeThatIsNotAJsonBoolean_answers422NamingIt_withTheOtherInvalidFields(String active) {
    var body = "{\"name\": \"\", \"targetDays\": 400, \"active\": " + active + "}";

    var reply = api.send(HttpRequest.POST(URL, body), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors"))
        .extracting(error -> error.get("field"))
        .containsExactly("name", "targetDays", "active");
    verifyNoInteractions(defineType);
  }

  @Test
  void malformedJson_answers400() {
    var reply =
        api.send(
            HttpRequest.POST(URL, "{\"name\": \"Audit\",")
                .contentType(MediaType.APPLICATION_JSON_TYPE),
            ADMIN_TOKEN);

    assertThat(reply.problem(400)).containsEntry("detail", "The request body is not valid JSON.");
    verifyNoInteractions(defineType);
  }

  @Test
  void objectWhereTextBelongs_answers400() {
    var reply = api.send(HttpRequest.POST(URL, "{\"name\": {\"first\": \"Audit\"}}"), ADMIN_TOKEN);

    reply.problem(400);
    verifyNoInteractions(defineType);
  }

  @Test
  void missingBody_answers400() {
    var reply =
        api.send(
            HttpRequest.POST(URL, "").contentType(MediaType.APPLICATION_JSON_TYPE), ADMIN_TOKEN);

    reply.problem(400);
    verifyNoInteractions(defineType);
  }

  @Test
  void staleIfMatch_answers412() {
    when(updateType.update(any())).thenThrow(new StaleAggregateException("RequestType", SEO_ID));

    var reply =
        api.send(
            HttpRequest.PUT(SEO_URL, Map.of("name", "Audit")).header(HttpHeaders.IF_MATCH, "\"2\""),
            ADMIN_TOKEN);

    assertThat(reply.problem(412)).containsEntry("type", "/problems/stale-version");
  }

  @ParameterizedTest
  @ValueSource(strings = {"W/\"3\"", "3", "\"three\""})
  void unreadableIfMatch_cannotMatchAnyVersion_andAnswers412(String ifMatch) {
    var reply =
        api.send(
            HttpRequest.PUT(SEO_URL, Map.of("name", "Audit")).header(HttpHeaders.IF_MATCH, ifMatch),
            ADMIN_TOKEN);

    reply.problem(412);
    verifyNoInteractions(updateType);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "*"})
  void missingOrWildcardIfMatch_answers428(String ifMatch) {
    var request = HttpRequest.PUT(SEO_URL, Map.of("name", "Audit"));
    if (!ifMatch.isEmpty()) {
      request.header(HttpHeaders.IF_MATCH, ifMatch);
    }

    var reply = api.send(request, ADMIN_TOKEN);

    reply.problem(428);
    verifyNoInteractions(updateType);
  }

  @Test
  void noToken_answers401OnEveryRoute() {
    var replies =
        new TestApi.Reply[] {
          api.send(HttpRequest.GET(URL)),
          api.send(HttpRequest.GET(SEO_URL)),
          api.send(HttpRequest.POST(URL, Map.of("name", "Audit"))),
          api.send(
              HttpRequest.PUT(SEO_URL, Map.of("name", "Audit"))
                  .header(HttpHeaders.IF_MATCH, "\"1\"")),
          api.send(HttpRequest.DELETE(SEO_URL)),
          api.send(HttpRequest.POST(SEO_URL + "/restore", ""))
        };

    for (var reply : replies) {
      reply.problem(401);
    }
    assertThat(replies[0].header(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    verifyNoInteractions(listTypes, getType, defineType, updateType, deleteType, restoreType);
  }

  @Test
  void permissionDeniedByTheDomain_answers403() {
    doThrow(new PermissionDeniedException(Permission.DELETE_RECORDS))
        .when(deleteType)
        .delete(any());
    when(restoreType.restore(any()))
        .thenThrow(new PermissionDeniedException(Permission.DELETE_RECORDS));
    when(defineType.define(any()))
        .thenThrow(new PermissionDeniedException(Permission.EDIT_RECORDS));

    var delete = api.send(HttpRequest.DELETE(SEO_URL), LIMITED_TOKEN);
    var restore = api.send(HttpRequest.POST(SEO_URL + "/restore", ""), LIMITED_TOKEN);
    var define = api.send(HttpRequest.POST(URL, Map.of("name", "Audit")), LIMITED_TOKEN);

    for (var reply : new TestApi.Reply[] {delete, restore, define}) {
      assertThat(reply.problem(403)).containsEntry("type", "/problems/permission-denied");
    }
  }

  @Test
  void unknownType_answers404OnEveryRouteWithAnId() {
    var notFound = new RequestTypeNotFoundException(SEO_ID);
    when(getType.get(any())).thenThrow(notFound);
    when(updateType.update(any())).thenThrow(notFound);
    doThrow(notFound).when(deleteType).delete(any());
    when(restoreType.restore(any())).thenThrow(notFound);

    var get = api.send(HttpRequest.GET(SEO_URL), ADMIN_TOKEN);
    var put =
        api.send(
            HttpRequest.PUT(SEO_URL, Map.of("name", "Audit")).header(HttpHeaders.IF_MATCH, "\"1\""),
            ADMIN_TOKEN);
    var delete = api.send(HttpRequest.DELETE(SEO_URL), ADMIN_TOKEN);
    var restore = api.send(HttpRequest.POST(SEO_URL + "/restore", ""), ADMIN_TOKEN);

    for (var reply : new TestApi.Reply[] {get, put, delete, restore}) {
      assertThat(reply.problem(404)).containsEntry("type", "/problems/not-found");
    }
  }

  @Test
  void typeStillInUse_answers409() {
    doThrow(new TypeStillInUseException(new RequestTypeName("SEO Tech Check"), 2))
        .when(deleteType)
        .delete(any());

    var reply = api.send(HttpRequest.DELETE(SEO_URL), ADMIN_TOKEN);

    assertThat(reply.problem(409))
        .containsEntry("type", "/problems/conflict")
        .containsEntry(
            "detail",
            "The request type \"SEO Tech Check\" still has 2 requests; deactivate it instead.");
  }

  @Test
  void duplicateName_answers409_onDefineUpdateAndRestore() {
    var duplicate = new DuplicateRequestTypeNameException(new RequestTypeName("Audit"));
    when(defineType.define(any())).thenThrow(duplicate);
    when(updateType.update(any())).thenThrow(duplicate);
    when(restoreType.restore(any())).thenThrow(duplicate);

    var define = api.send(HttpRequest.POST(URL, Map.of("name", "Audit")), ADMIN_TOKEN);
    var update =
        api.send(
            HttpRequest.PUT(SEO_URL, Map.of("name", "Audit")).header(HttpHeaders.IF_MATCH, "\"1\""),
            ADMIN_TOKEN);
    var restore = api.send(HttpRequest.POST(SEO_URL + "/restore", ""), ADMIN_TOKEN);

    for (var reply : new TestApi.Reply[] {define, update, restore}) {
      assertThat(reply.problem(409)).containsEntry("type", "/problems/conflict");
    }
  }

  @Test
  void restoringATypeNotInTheTrash_answers409() {
    when(restoreType.restore(any())).thenThrow(new RequestTypeNotDeletedException(SEO_ID));

    var reply = api.send(HttpRequest.POST(SEO_URL + "/restore", ""), ADMIN_TOKEN);

    reply.problem(409);
  }

  @Test
  void nonUuidId_answers400NotAnInternalError() {
    var reply = api.send(HttpRequest.GET(URL + "/not-a-uuid"), ADMIN_TOKEN);

    assertThat(reply.problem(400))
        .containsEntry("detail", "The parameter 'id' is missing or invalid.");
    verifyNoInteractions(getType);
  }

  @ParameterizedTest
  @ValueSource(strings = {"%21%21not-base64", "bm90LWEtY3Vyc29y"})
  void badCursor_answers400NamingTheCursor(String cursor) {
    var reply = api.send(HttpRequest.GET(URL + "?cursor=" + cursor), ADMIN_TOKEN);

    reply.problem(400);
    assertThat(reply.list("errors").get(0)).containsEntry("field", "cursor");
    verifyNoInteractions(listTypes);
  }

  @Test
  void limitOutOfRange_answers422NamingTheLimit() {
    var reply = api.send(HttpRequest.GET(URL + "?limit=0"), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors").get(0)).containsEntry("field", "limit");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "limit=ten",
        "active=maybe",
        "active=1",
        "sort=email",
        "sort=--name",
        "createdFrom=yesterday",
        "createdTo=2026-01-01",
        "updatedFrom=1700000000",
        "updatedTo=2026-01-01T00:00:00"
      })
  void unconvertibleParameter_answers400NamingIt(String parameter) {
    var reply = api.send(HttpRequest.GET(URL + "?" + parameter), ADMIN_TOKEN);

    reply.problem(400);
    assertThat(reply.list("errors").get(0))
        .containsEntry("field", parameter.substring(0, parameter.indexOf('=')));
    verifyNoInteractions(listTypes);
  }

  @Test
  void aCursorOfAnotherSortOrder_answers400NamingTheCursor() {
    when(listTypes.list(any()))
        .thenReturn(
            new Page<>(
                List.of(seoCheck(3)), RequestTypePosition.of(seoCheck(3), ListOrder.Key.CREATED)));
    var cursor =
        (String)
            api.send(HttpRequest.GET(URL + "?sort=created"), ADMIN_TOKEN).map().get("nextCursor");

    var reply = api.send(HttpRequest.GET(URL + "?sort=-created&cursor=" + cursor), ADMIN_TOKEN);

    reply.problem(400);
    assertThat(reply.list("errors").get(0)).containsEntry("field", "cursor");
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
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
}
