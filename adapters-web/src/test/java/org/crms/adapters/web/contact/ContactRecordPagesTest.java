package org.crms.adapters.web.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.BrowserPages.get;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.contact.ContactRecordTestData.CREATOR;
import static org.crms.adapters.web.contact.ContactRecordTestData.EDITOR;
import static org.crms.adapters.web.contact.ContactRecordTestData.RECORD_ID;
import static org.crms.adapters.web.contact.ContactRecordTestData.REQUEST_ID;
import static org.crms.adapters.web.contact.ContactRecordTestData.awaiting;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.application.port.in.audit.GetItemHistoryUseCase;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.application.port.in.contact.GetContactRecordUseCase;
import org.crms.application.port.in.contact.ListContactRecordsQuery;
import org.crms.application.port.in.contact.ListContactRecordsUseCase;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.contact.ContactDetails;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The contact record list and detail pages. */
@MicronautTest
class ContactRecordPagesTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListContactRecordsUseCase listRecords;
  @Inject GetContactRecordUseCase getRecord;
  @Inject GetItemHistoryUseCase history;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void theList_readsTheApiFilters_andLinksTheNextPage_theFirstPage_andTheCsvExport() {
    var last = new ContactRecordPosition(ContactRecordSort.DEFAULT, Instant.EPOCH, RECORD_ID);
    when(listRecords.list(any())).thenReturn(new Page<>(List.of(awaiting(2)), last));

    var reply =
        api.send(
            get(
                "/contact-records?outcome=awaiting_response&followUpDue=true&q=ada+l"
                    + "&contactedFrom=2026-01-01&cursor="
                    + ContactRecordCursor.encode(last),
                LIMITED_TOKEN));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var query = ArgumentCaptor.forClass(ListContactRecordsQuery.class);
    verify(listRecords).list(query.capture());
    assertThat(query.getValue().filter().outcome()).isEqualTo(ContactOutcome.AWAITING_RESPONSE);
    assertThat(query.getValue().filter().text()).isEqualTo("ada l");
    assertThat(query.getValue().followUpDue()).isTrue();
    assertThat(query.getValue().after()).isEqualTo(last);
    var filters =
        "outcome=AWAITING_RESPONSE&amp;followUpDue=true&amp;contactedFrom=2026-01-01&amp;q=ada+l";
    assertThat(reply.body())
        .contains("<a href=\"/contact-records/" + RECORD_ID + "\">Ada</a>")
        .contains("PAY-2026-0042", "In person", "Awaiting response", "2026-02-09")
        .contains("<a href=\"/requests/" + REQUEST_ID + "\">View request</a>")
        .contains("href=\"/api/v1/contact-records?format=csv&amp;" + filters + "\"")
        .contains("href=\"/contact-records?" + filters + "\">First page</a>")
        .contains("href=\"/contact-records?" + filters + "&amp;cursor=")
        .contains("<option value=\"AWAITING_RESPONSE\" selected>Awaiting response</option>")
        .contains("name=\"followUpDue\" value=\"true\" checked")
        .contains("Log a contact");
  }

  @Test
  void theList_escapesWhatPeopleTyped_andSaysWhenNothingMatches() {
    when(listRecords.list(any()))
        .thenReturn(new Page<>(List.of(named("<b>Ada</b>")), null))
        .thenReturn(new Page<>(List.of(), null));

    var escaped = api.send(get("/contact-records?q=%3Cscript%3E", ADMIN_TOKEN));
    var empty = api.send(get("/contact-records?method=PHONE", ADMIN_TOKEN));

    assertThat(escaped.body())
        .contains(">&lt;b&gt;Ada&lt;/b&gt;</a>", "value=\"&lt;script>\"")
        .doesNotContain("<b>Ada", "value=\"<script")
        .doesNotContain("Next page", "First page");
    assertThat(empty.body()).contains("No contact records match these filters.");
  }

  @Test
  void aMalformedFilter_showsTheBadRequestPage() {
    var reply = api.send(get("/contact-records?sort=shoeSize", ADMIN_TOKEN));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
    assertThat(reply.body()).contains("Sort by one of");
  }

  @Test
  void theDetail_showsEveryField_whoCreatedAndUpdatedIt_andItsHistory() {
    when(getRecord.get(any())).thenReturn(awaiting(3));
    when(history.history(any()))
        .thenReturn(
            new Page<>(
                List.of(
                    entry(
                        EDITOR,
                        "editor1",
                        AuditAction.UPDATED,
                        "notes",
                        "Card lost.",
                        "Card replaced; waiting for the bank."),
                    entry(CREATOR, "creator1", AuditAction.CREATED, "firstName", null, "Ada")),
                null));

    var reply = api.send(get("/contact-records/" + RECORD_ID, ADMIN_TOKEN));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.body())
        .contains("Contact with Ada Lovelace", "PAY-2026-0042", "In person")
        .contains("2026-02-02 08:30 UTC", "2026-02-09")
        .contains("<dd class=\"prewrap\">Card replaced; waiting for the bank.</dd>")
        .contains("<a href=\"/requests/" + REQUEST_ID + "\">View the request</a>")
        .contains("2026-02-02 09:00 UTC by creator1", "2026-02-03 12:15 UTC by editor1")
        .contains("<strong>Updated</strong> by editor1", "<del>Card lost.</del>")
        .contains("href=\"/contact-records/" + RECORD_ID + "/edit\"")
        .contains("action=\"/contact-records/" + RECORD_ID + "/delete\"")
        .contains("Delete contact record");
  }

  @Test
  void aLimitedUser_seesNoDeleteButton() {
    when(getRecord.get(any())).thenReturn(awaiting(3));
    when(history.history(any())).thenReturn(new Page<>(List.of(), null));

    var reply = api.send(get("/contact-records/" + RECORD_ID, LIMITED_TOKEN));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).doesNotContain("/delete").contains("Edit contact record");
  }

  @Test
  void anAnonymousVisitor_isSentToLogIn_andBack() {
    var reply = api.send(HttpRequest.GET("/contact-records?q=ada").accept("text/html"));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION))
        .isEqualTo("/login?next=%2Fcontact-records%3Fq%3Dada");
  }

  private static AuditEntry entry(
      UserId actor, String name, AuditAction action, String field, String from, String to) {
    var event =
        new AuditEvent(
            UUID.randomUUID(),
            Instant.parse("2026-02-03T12:15:00Z"),
            actor,
            action,
            ItemType.CONTACT_RECORD,
            RECORD_ID.value(),
            List.of(new FieldChange(field, from, to)),
            Map.of());
    return new AuditEntry(event, new Username(name));
  }

  private static ContactRecord named(String firstName) {
    var details =
        new ContactDetails(
            "INV-7",
            firstName,
            "Turing",
            ContactMethod.PHONE,
            Instant.parse("2026-02-02T08:30:00Z"),
            ContactOutcome.CONTACT_SUCCESSFUL,
            null,
            "Paid.",
            null);
    var stamp = new Stamp(Instant.parse("2026-02-02T09:00:00Z"), null);
    return ContactRecord.reconstitute(ContactRecordId.newId(), details, stamp, stamp, null, 0);
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

  @MockBean(GetItemHistoryUseCase.class)
  GetItemHistoryUseCase history() {
    return mock(GetItemHistoryUseCase.class);
  }
}
