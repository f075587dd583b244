package org.crms.adapters.web.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.contact.ContactRecordTestData.RECORD_ID;
import static org.crms.adapters.web.contact.ContactRecordTestData.REQUEST_ID;
import static org.crms.adapters.web.contact.ContactRecordTestData.awaiting;
import static org.crms.adapters.web.contact.ContactRecordTestData.bare;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.contact.ContactRecordFilter;
import org.crms.application.port.in.contact.ContactRecordInput;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.application.port.in.contact.DeleteContactRecordCommand;
import org.crms.application.port.in.contact.DeleteContactRecordUseCase;
import org.crms.application.port.in.contact.GetContactRecordQuery;
import org.crms.application.port.in.contact.GetContactRecordUseCase;
import org.crms.application.port.in.contact.ListContactRecordsQuery;
import org.crms.application.port.in.contact.ListContactRecordsUseCase;
import org.crms.application.port.in.contact.LogContactCommand;
import org.crms.application.port.in.contact.LogContactUseCase;
import org.crms.application.port.in.contact.RestoreContactRecordCommand;
import org.crms.application.port.in.contact.RestoreContactRecordUseCase;
import org.crms.application.port.in.contact.TimeRange;
import org.crms.application.port.in.contact.UpdateContactRecordCommand;
import org.crms.application.port.in.contact.UpdateContactRecordUseCase;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@MicronautTest
class ContactRecordControllerTest {
  private static final String URL = "/api/v1/contact-records";
  private static final Actor ADMIN = new Actor(ADMIN_ID, Role.ADMIN);
  private static final Actor LIMITED = new Actor(LIMITED_ID, Role.LIMITED);

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

  private ListContactRecordsQuery listedWith(String parameters) {
    when(listRecords.list(any())).thenReturn(new Page<>(List.of(), null));
    var reply = api.send(HttpRequest.GET(URL + parameters), LIMITED_TOKEN);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var query = ArgumentCaptor.forClass(ListContactRecordsQuery.class);
    verify(listRecords).list(query.capture());
    return query.getValue();
  }

  @Test
  void list_passesEveryFilterSortAndLimit() {
    var query =
        listedWith(
            "?requestId="
                + REQUEST_ID
                + "&method=email&outcome=AWAITING_RESPONSE&followUpDue=true&mine=true&q=ada"
                + "&contactedFrom=2026-01-01T10:00:00Z&contactedTo=2026-01-31"
                + "&createdFrom=2026-01-02&createdTo=2026-01-03T00:00:00%2B01:00"
                + "&updatedFrom=2026-01-04&sort=lastName&limit=10");

    assertThat(query.actor()).isEqualTo(LIMITED);
    assertThat(query.filter())
        .isEqualTo(
            new ContactRecordFilter(
                new ClientRequestId(REQUEST_ID),
                ContactMethod.EMAIL,
                ContactOutcome.AWAITING_RESPONSE,
                null,
                new TimeRange(
                    Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")),
                new TimeRange(
                    Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-02T23:00:00Z")),
                new TimeRange(Instant.parse("2026-01-04T00:00:00Z"), null),
                null,
                "ada"));
    assertThat(query.followUpDue()).isTrue();
    assertThat(query.mine()).isTrue();
    assertThat(query.sort())
        .isEqualTo(new ContactRecordSort(ContactRecordSort.Key.LAST_NAME, false));
    assertThat(query.limit().value()).isEqualTo(10);
    assertThat(query.after()).isNull();
  }

  @Test
  void list_withoutParameters_showsEveryRecord_latestContactFirst_fiftyAtATime() {
    var query = listedWith("");

    assertThat(query.filter()).isEqualTo(ContactRecordFilter.all());
    assertThat(query.followUpDue()).isFalse();
    assertThat(query.mine()).isFalse();
    assertThat(query.sort()).isEqualTo(ContactRecordSort.DEFAULT);
    assertThat(query.limit().value()).isEqualTo(50);
  }

  @Test
  void list_answersItemsWithAnOpaqueCursor_thatLeadsToTheNextPageInTheSameSort() {
    var record = awaiting(2);
    var sort = new ContactRecordSort(ContactRecordSort.Key.PAYMENT_REFERENCE, true);
    when(listRecords.list(any()))
        .thenReturn(new Page<>(List.of(record), ContactRecordPosition.of(record, sort)));

    var reply = api.send(HttpRequest.GET(URL + "?sort=-paymentReference"), ADMIN_TOKEN);

    assertThat(reply.list("items"))
        .extracting(item -> item.get("paymentReference"))
        .containsExactly("PAY-2026-0042");
    var cursor = (String) reply.map().get("nextCursor");
    assertThat(cursor).isNotBlank().doesNotContain("PAY");

    api.send(HttpRequest.GET(URL + "?sort=-paymentReference&cursor=" + cursor), ADMIN_TOKEN);

    var query = ArgumentCaptor.forClass(ListContactRecordsQuery.class);
    verify(listRecords, times(2)).list(query.capture());
    assertThat(query.getValue().after()).isEqualTo(ContactRecordPosition.of(record, sort));
  }

  @Test
  void list_cursorOfARecordWithoutFollowUpDate_keepsTheMissingDate() {
    var record = bare();
    var sort = new ContactRecordSort(ContactRecordSort.Key.FOLLOW_UP, false);
    var position = ContactRecordPosition.of(record, sort);
    when(listRecords.list(any())).thenReturn(new Page<>(List.of(record), position));
    var cursor =
        (String)
            api.send(HttpRequest.GET(URL + "?sort=followUp"), ADMIN_TOKEN).map().get("nextCursor");

    api.send(HttpRequest.GET(URL + "?sort=followUp&cursor=" + cursor), ADMIN_TOKEN);

    var query = ArgumentCaptor.forClass(ListContactRecordsQuery.class);
    verify(listRecords, times(2)).list(query.capture());
    assertThat(query.getValue().after()).isEqualTo(position);
    assertThat(query.getValue().after().key()).isNull();
  }

  @Test
  void get_answersEveryFieldWithLabels_andTheVersionAsETag() {
    when(getRecord.get(new GetContactRecordQuery(LIMITED, RECORD_ID))).thenReturn(awaiting(3));

    var reply = api.send(HttpRequest.GET(URL + "/" + RECORD_ID), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"3\"");
    assertThat(reply.map())
        .containsOnlyKeys(
            "id",
            "paymentReference",
            "firstName",
            "lastName",
            "method",
            "methodLabel",
            "contactedAt",
            "outcome",
            "outcomeLabel",
            "followUpOn",
            "notes",
            "requestId",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy",
            "version")
        .containsEntry("id", RECORD_ID.toString())
        .containsEntry("paymentReference", "PAY-2026-0042")
        .containsEntry("firstName", "Ada")
        .containsEntry("lastName", "Lovelace")
        .containsEntry("method", "IN_PERSON")
        .containsEntry("methodLabel", "In person")
        .containsEntry("contactedAt", "2026-02-02T08:30:00Z")
        .containsEntry("outcome", "AWAITING_RESPONSE")
        .containsEntry("outcomeLabel", "Awaiting response")
        .containsEntry("followUpOn", "2026-02-09")
        .containsEntry("notes", "Card replaced; waiting for the bank.")
        .containsEntry("requestId", REQUEST_ID.toString())
        .containsEntry("createdAt", "2026-02-02T09:00:00Z")
        .containsEntry("createdBy", ContactRecordTestData.CREATOR.toString())
        .containsEntry("updatedAt", "2026-02-03T12:15:00Z")
        .containsEntry("updatedBy", ContactRecordTestData.EDITOR.toString());
    assertThat(((Number) reply.map().get("version")).longValue()).isEqualTo(3);
  }

  @Test
  void get_showsAbsentFieldsAsNull() {
    var bare = bare();
    when(getRecord.get(any())).thenReturn(bare);

    var reply = api.send(HttpRequest.GET(URL + "/" + bare.id()), ADMIN_TOKEN);

    assertThat(reply.map())
        .containsEntry("followUpOn", null)
        .containsEntry("requestId", null)
        .containsEntry("createdBy", null)
        .containsEntry("outcomeLabel", "Contact successful");
  }

  @Test
  void log_answers201WithLocationAndETag_andLeavesAMissingTimeToTheUseCase() {
    var logged = bare();
    when(logContact.log(any())).thenReturn(logged);
    var body =
        Map.of(
            "paymentReference", "INV-7",
            "firstName", "Alan",
            "lastName", "Turing",
            "method", "PHONE",
            "outcome", "CONTACT_SUCCESSFUL",
            "notes", "Paid.");

    var reply = api.send(HttpRequest.POST(URL, body), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo(URL + "/" + logged.id());
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"0\"");
    assertThat(reply.map()).containsEntry("lastName", "Turing");
    var expected =
        new ContactRecordInput(
            "INV-7",
            "Alan",
            "Turing",
            ContactMethod.PHONE,
            null,
            ContactOutcome.CONTACT_SUCCESSFUL,
            null,
            "Paid.",
            null);
    verify(logContact).log(new LogContactCommand(LIMITED, expected));
  }

  @Test
  void log_readsTimesDatesAndTheRequest_andIgnoresAClaimedUpdatedBy() {
    when(logContact.log(any())).thenReturn(awaiting(0));
    var body =
        """
        {"paymentReference": "PAY-2026-0042", "firstName": "Ada", "lastName": "Lovelace",
         "method": "in_person", "contactedAt": "2026-02-02T09:30:00+01:00",
         "outcome": "AWAITING_RESPONSE", "followUpOn": "2026-02-09", "notes": "Card replaced.",
         "requestId": "%s", "updatedBy": "%s", "createdBy": "%s"}
        """
            .formatted(REQUEST_ID, ADMIN_ID, ADMIN_ID);

    var reply = api.send(HttpRequest.POST(URL, body), LIMITED_TOKEN);

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    var expected =
        new ContactRecordInput(
            "PAY-2026-0042",
            "Ada",
            "Lovelace",
            ContactMethod.IN_PERSON,
            Instant.parse("2026-02-02T08:30:00Z"),
            ContactOutcome.AWAITING_RESPONSE,
            LocalDate.of(2026, 2, 9),
            "Card replaced.",
            new ClientRequestId(REQUEST_ID));
    verify(logContact).log(new LogContactCommand(LIMITED, expected));
  }

  @Test
  void update_sendsTheVersionFromIfMatch_andAnswersTheNewETag() {
    when(updateRecord.update(any())).thenReturn(awaiting(4));
    var body =
        Map.of(
            "paymentReference", "PAY-2026-0042",
            "firstName", "Ada",
            "lastName", "Lovelace",
            "method", "SMS",
            "contactedAt", "2026-02-02T08:30:00Z",
            "outcome", "NO_CONTACT_POSSIBLE",
            "notes", "No answer.");

    var reply =
        api.send(
            HttpRequest.PUT(URL + "/" + RECORD_ID, body).header(HttpHeaders.IF_MATCH, "\"3\""),
            ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"4\"");
    var expected =
        new ContactRecordInput(
            "PAY-2026-0042",
            "Ada",
            "Lovelace",
            ContactMethod.SMS,
            Instant.parse("2026-02-02T08:30:00Z"),
            ContactOutcome.NO_CONTACT_POSSIBLE,
            null,
            "No answer.",
            null);
    verify(updateRecord).update(new UpdateContactRecordCommand(ADMIN, RECORD_ID, 3, expected));
  }

  @Test
  void delete_answers204() {
    var reply = api.send(HttpRequest.DELETE(URL + "/" + RECORD_ID), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    verify(deleteRecord).delete(new DeleteContactRecordCommand(ADMIN, RECORD_ID));
  }

  @Test
  void restore_answersTheRestoredRecordWithItsETag() {
    when(restoreRecord.restore(new RestoreContactRecordCommand(ADMIN, RECORD_ID)))
        .thenReturn(awaiting(5));

    var reply = api.send(HttpRequest.POST(URL + "/" + RECORD_ID + "/restore", ""), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"5\"");
    assertThat(reply.map()).containsEntry("id", RECORD_ID.toString());
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
