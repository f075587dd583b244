package org.crms.adapters.web.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.contact.ContactRecordTestData.RECORD_ID;
import static org.crms.adapters.web.contact.ContactRecordTestData.awaiting;
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
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.contact.ContactRecordNotFoundException;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.application.port.in.contact.DeleteContactRecordUseCase;
import org.crms.application.port.in.contact.GetContactRecordUseCase;
import org.crms.application.port.in.contact.ListContactRecordsUseCase;
import org.crms.application.port.in.contact.LogContactUseCase;
import org.crms.application.port.in.contact.RestoreContactRecordUseCase;
import org.crms.application.port.in.contact.UpdateContactRecordUseCase;
import org.crms.domain.contact.ContactRecordNotDeletedException;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class ContactRecordControllerErrorsTest {
  private static final String URL = "/api/v1/contact-records";
  private static final String RECORD_URL = URL + "/" + RECORD_ID;
  private static final Map<String, String> VALID =
      Map.of(
          "paymentReference", "PAY-1",
          "firstName", "Ada",
          "lastName", "Lovelace",
          "method", "PHONE",
          "contactedAt", "2026-02-02T08:30:00Z",
          "outcome", "CONTACT_SUCCESSFUL",
          "notes", "Called.");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListContactRecordsUseCase listRecords;
  @Inject GetContactRecordUseCase getRecord;
  @Inject LogContactUseCase logContact;
  @Inject UpdateContactRecordUseCase updateRecord;
  @Inject DeleteContactRecordUseCase deleteRecord;
  @Inject RestoreContactRecordUseCase restoreRecord;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  private static List<Object> fields(TestApi.Reply reply) {
    return reply.list("errors").stream().map(error -> error.get("field")).toList();
  }

  @Test
  void unreadableCodesTimesDatesAndIds_answer422NamingEachField() {
    var body =
        """
        {"paymentReference": "PAY-1", "firstName": "Ada", "lastName": "Lovelace",
         "method": "FAX", "contactedAt": "yesterday", "outcome": "MAYBE",
         "followUpOn": "next week", "notes": "Called.", "requestId": "request-7"}
        """;

    var reply = api.send(HttpRequest.POST(URL, body), ADMIN_TOKEN);

    assertThat(reply.problem(422)).containsEntry("type", "/problems/validation-failed");
    assertThat(fields(reply))
        .containsExactly("method", "outcome", "contactedAt", "followUpOn", "requestId");
    assertThat(reply.list("errors").getFirst().get("message").toString())
        .contains("PHONE", "IN_PERSON");
    verifyNoInteractions(logContact);
  }

  @Test
  void ruleBrokenInTheUseCase_answers422NamingEveryField() {
    when(logContact.log(any()))
        .thenThrow(
            new InvalidValueException(
                List.of(
                    new FieldViolation("contactedAt", "The contact date cannot be in the future."),
                    new FieldViolation("requestId", "No client request has this id."))));

    var reply = api.send(HttpRequest.POST(URL, VALID), LIMITED_TOKEN);

    reply.problem(422);
    assertThat(fields(reply)).containsExactly("contactedAt", "requestId");
  }

  @Test
  void malformedJson_answers400() {
    var reply =
        api.send(
            HttpRequest.POST(URL, "{\"notes\": ").contentType(MediaType.APPLICATION_JSON_TYPE),
            ADMIN_TOKEN);

    assertThat(reply.problem(400)).containsEntry("detail", "The request body is not valid JSON.");
    verifyNoInteractions(logContact);
  }

  @Test
  void objectWhereTextBelongs_answers400() {
    var reply = api.send(HttpRequest.POST(URL, "{\"notes\": {\"text\": \"x\"}}"), ADMIN_TOKEN);

    reply.problem(400);
    verifyNoInteractions(logContact);
  }

  @Test
  void staleIfMatch_answers412() {
    when(updateRecord.update(any()))
        .thenThrow(new StaleAggregateException("Contact record", RECORD_ID));

    var reply =
        api.send(
            HttpRequest.PUT(RECORD_URL, VALID).header(HttpHeaders.IF_MATCH, "\"2\""), ADMIN_TOKEN);

    assertThat(reply.problem(412)).containsEntry("type", "/problems/stale-version");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "*"})
  void missingOrWildcardIfMatch_answers428(String ifMatch) {
    var request = HttpRequest.PUT(RECORD_URL, VALID);
    if (!ifMatch.isEmpty()) {
      request.header(HttpHeaders.IF_MATCH, ifMatch);
    }

    var reply = api.send(request, ADMIN_TOKEN);

    reply.problem(428);
    verifyNoInteractions(updateRecord);
  }

  @Test
  void noToken_answers401OnEveryRoute() {
    var replies =
        new TestApi.Reply[] {
          api.send(HttpRequest.GET(URL)),
          api.send(HttpRequest.GET(RECORD_URL)),
          api.send(HttpRequest.POST(URL, VALID)),
          api.send(HttpRequest.PUT(RECORD_URL, VALID).header(HttpHeaders.IF_MATCH, "\"1\"")),
          api.send(HttpRequest.DELETE(RECORD_URL)),
          api.send(HttpRequest.POST(RECORD_URL + "/restore", ""))
        };

    for (var reply : replies) {
      reply.problem(401);
    }
    verifyNoInteractions(
        listRecords, getRecord, logContact, updateRecord, deleteRecord, restoreRecord);
  }

  @Test
  void permissionDeniedByTheDomain_answers403() {
    doThrow(new PermissionDeniedException(Permission.DELETE_RECORDS))
        .when(deleteRecord)
        .delete(any());
    when(restoreRecord.restore(any()))
        .thenThrow(new PermissionDeniedException(Permission.DELETE_RECORDS));

    var delete = api.send(HttpRequest.DELETE(RECORD_URL), LIMITED_TOKEN);
    var restore = api.send(HttpRequest.POST(RECORD_URL + "/restore", ""), LIMITED_TOKEN);

    for (var reply : new TestApi.Reply[] {delete, restore}) {
      assertThat(reply.problem(403)).containsEntry("type", "/problems/permission-denied");
    }
  }

  @Test
  void unknownRecord_answers404OnEveryRouteWithAnId() {
    var notFound = new ContactRecordNotFoundException(RECORD_ID);
    when(getRecord.get(any())).thenThrow(notFound);
    when(updateRecord.update(any())).thenThrow(notFound);
    doThrow(notFound).when(deleteRecord).delete(any());
    when(restoreRecord.restore(any())).thenThrow(notFound);

    var get = api.send(HttpRequest.GET(RECORD_URL), ADMIN_TOKEN);
    var put =
        api.send(
            HttpRequest.PUT(RECORD_URL, VALID).header(HttpHeaders.IF_MATCH, "\"1\""), ADMIN_TOKEN);
    var delete = api.send(HttpRequest.DELETE(RECORD_URL), ADMIN_TOKEN);
    var restore = api.send(HttpRequest.POST(RECORD_URL + "/restore", ""), ADMIN_TOKEN);

    for (var reply : new TestApi.Reply[] {get, put, delete, restore}) {
      assertThat(reply.problem(404)).containsEntry("type", "/problems/not-found");
    }
  }

  @Test
  void restoringARecordNotInTheTrash_answers409() {
    when(restoreRecord.restore(any())).thenThrow(new ContactRecordNotDeletedException(RECORD_ID));

    var reply = api.send(HttpRequest.POST(RECORD_URL + "/restore", ""), ADMIN_TOKEN);

    assertThat(reply.problem(409)).containsEntry("type", "/problems/conflict");
  }

  @Test
  void nonUuidId_answers400() {
    var reply = api.send(HttpRequest.GET(URL + "/not-a-uuid"), ADMIN_TOKEN);

    reply.problem(400);
    verifyNoInteractions(getRecord);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "requestId=request-7",
        "method=FAX",
        "outcome=MAYBE",
        "followUpDue=yes",
        "mine=1",
        "contactedFrom=yesterday",
        "contactedTo=2026-13-01",
        "createdFrom=2026-01-05T09:00:00",
        "createdTo=soon",
        "updatedFrom=2026-01",
        "updatedTo=noon",
        "sort=firstName",
        "sort=--contacted",
        "limit=ten",
        "cursor=%21%21not-base64",
        "cursor=bm90LWEtY3Vyc29y"
      })
  void malformedParameter_answers400NamingIt(String parameter) {
    var reply = api.send(HttpRequest.GET(URL + "?" + parameter), ADMIN_TOKEN);

    reply.problem(400);
    assertThat(reply.list("errors").getFirst())
        .containsEntry("field", parameter.substring(0, parameter.indexOf('=')));
    verifyNoInteractions(listRecords);
  }

  @Test
  void cursorOfAnotherSortOrder_answers400NamingTheCursor() {
    var record = awaiting(1);
    when(listRecords.list(any()))
        .thenReturn(
            new Page<>(
                List.of(record), ContactRecordPosition.of(record, ContactRecordSort.DEFAULT)));
    var cursor = (String) api.send(HttpRequest.GET(URL), ADMIN_TOKEN).map().get("nextCursor");

    var reply = api.send(HttpRequest.GET(URL + "?sort=contacted&cursor=" + cursor), ADMIN_TOKEN);

    assertThat(reply.problem(400).get("detail").toString()).contains("another sort order");
    assertThat(reply.list("errors").getFirst()).containsEntry("field", "cursor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "201"})
  void limitOutOfRange_answers422NamingTheLimit(String limit) {
    var reply = api.send(HttpRequest.GET(URL + "?limit=" + limit), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors").getFirst()).containsEntry("field", "limit");
    verifyNoInteractions(listRecords);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(ListContactRecordsUseCase.class)
  ListContactRecordsUseCase listRecords() {
    return mock(ListContactRecordsUseCase.class);
  }

  @MockBean(GetContactRecordUseCase.class)
  GetContactRecordUseCase getRecord() {
    return mock(GetContactRecordUseCase.class);
  }

  @MockBean(LogContactUseCase.class)
  LogContactUseCase logContact() {
    return mock(LogContactUseCase.class);
  }

  @MockBean(UpdateContactRecordUseCase.class)
  UpdateContactRecordUseCase updateRecord() {
    return mock(UpdateContactRecordUseCase.class);
  }

  @MockBean(DeleteContactRecordUseCase.class)
  DeleteContactRecordUseCase deleteRecord() {
    return mock(DeleteContactRecordUseCase.class);
  }

  @MockBean(RestoreContactRecordUseCase.class)
  RestoreContactRecordUseCase restoreRecord() {
    return mock(RestoreContactRecordUseCase.class);
  }
}
