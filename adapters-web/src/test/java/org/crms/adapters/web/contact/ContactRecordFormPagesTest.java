package org.crms.adapters.web.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.BrowserPages.flash;
import static org.crms.adapters.web.BrowserPages.get;
import static org.crms.adapters.web.BrowserPages.post;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.contact.ContactRecordTestData.RECORD_ID;
import static org.crms.adapters.web.contact.ContactRecordTestData.REQUEST_ID;
import static org.crms.adapters.web.contact.ContactRecordTestData.awaiting;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.contact.DeleteContactRecordCommand;
import org.crms.application.port.in.contact.DeleteContactRecordUseCase;
import org.crms.application.port.in.contact.GetContactRecordUseCase;
import org.crms.application.port.in.contact.LogContactCommand;
import org.crms.application.port.in.contact.LogContactUseCase;
import org.crms.application.port.in.contact.RestoreContactRecordUseCase;
import org.crms.application.port.in.contact.UpdateContactRecordCommand;
import org.crms.application.port.in.contact.UpdateContactRecordUseCase;
import org.crms.application.port.in.request.GetRequestUseCase;
import org.crms.domain.client.ClientId;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.crms.domain.user.Stamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Logging, editing and deleting contact records through the pages' forms. */
@MicronautTest
class ContactRecordFormPagesTest {
  /** The time the use case under test runs at: its rules judge the input by it. */
  private static final Instant NOW = Instant.parse("2026-02-10T10:00:00Z");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject GetRequestUseCase getRequest;
  @Inject LogContactUseCase logContact;
  @Inject GetContactRecordUseCase getRecord;
  @Inject UpdateContactRecordUseCase updateRecord;
  @Inject DeleteContactRecordUseCase deleteRecord;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
    // As the real service: the domain judges the input, then the actor logs it.
    when(logContact.log(any()))
        .thenAnswer(
            call -> {
              var command = call.getArgument(0, LogContactCommand.class);
              var details = command.input().contactedNowIfMissing(NOW).parse(NOW);
              return ContactRecord.log(details, command.actor(), NOW);
            });
  }

  @Test
  void theNewForm_fromARequest_showsItsTitle_andCarriesItsId() {
    when(getRequest.get(any())).thenReturn(request("Replace the <card>"));

    var reply = api.send(get("/contact-records/new?requestId=" + REQUEST_ID, LIMITED_TOKEN));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.body())
        .contains("<input type=\"hidden\" name=\"requestId\" value=\"" + REQUEST_ID + "\">")
        .contains("Replace the &lt;card&gt;")
        .contains("<option value=\"AWAITING_RESPONSE\">Awaiting response</option>")
        .contains("type=\"datetime-local\"")
        .doesNotContain("id=\"requestId\"");
  }

  @Test
  void loggingFromARequest_goesBackToTheRequest_withTheFlash() {
    var fields = valid();
    fields.put("requestId", REQUEST_ID.toString());
    fields.put("fromRequest", "true");

    var reply = api.send(post("/contact-records", LIMITED_TOKEN, fields));

    assertThat(reply.status()).as(reply.body()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/requests/" + REQUEST_ID);
    assertThat(flash(reply)).isEqualTo("SUCCESS: Record has been added!");
    var command = ArgumentCaptor.forClass(LogContactCommand.class);
    verify(logContact).log(command.capture());
    assertThat(command.getValue().input().requestId()).isEqualTo(new ClientRequestId(REQUEST_ID));
    assertThat(command.getValue().input().contactedAt())
        .isEqualTo(Instant.parse("2026-02-09T16:45:00Z"));
  }

  @Test
  void loggingWithoutARequest_goesToTheNewRecord() {
    var fields = valid();
    fields.put("contactedAt", "");

    var reply = api.send(post("/contact-records", ADMIN_TOKEN, fields));

    assertThat(reply.status()).as(reply.body()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).startsWith("/contact-records/");
    var command = ArgumentCaptor.forClass(LogContactCommand.class);
    verify(logContact).log(command.capture());
    assertThat(command.getValue().input().contactedAt()).isNull();
  }

  @Test
  void awaitingAResponseWithoutAFollowUpDate_comesBack422_withTheDomainsMessage_andTheValuesKept() {
    var fields = valid();
    fields.put("outcome", "AWAITING_RESPONSE");
    fields.put("firstName", "<b>Ada</b>");

    var reply = api.send(post("/contact-records", LIMITED_TOKEN, fields));

    assertThat(reply.status()).as(reply.body()).isEqualTo(422);
    assertThat(reply.body())
        .contains("One field needs attention.")
        .contains(
            "<span class=\"error\" id=\"followUpOn-error\">A follow-up date is required when the"
                + " outcome is \"Awaiting response\".</span>")
        .contains("value=\"&lt;b>Ada&lt;/b>\"")
        .contains("value=\"PAY-1\"", "value=\"2026-02-09T16:45\"")
        .contains("<option value=\"AWAITING_RESPONSE\" selected>Awaiting response</option>")
        .contains(">Called back.</textarea>");
  }

  @Test
  void unreadableDates_areFieldErrors_andNothingIsLogged() {
    var fields = valid();
    fields.put("contactedAt", "yesterday");
    fields.put("followUpOn", "2026-13-45");

    var reply = api.send(post("/contact-records", LIMITED_TOKEN, fields));

    assertThat(reply.status()).as(reply.body()).isEqualTo(422);
    assertThat(reply.body())
        .contains("2 fields need attention.")
        .contains("id=\"contactedAt-error\">Enter a date and time (UTC)")
        .contains("id=\"followUpOn-error\">Enter a date")
        .contains("value=\"yesterday\"");
    verifyNoInteractions(logContact);
  }

  @Test
  void anEditOvertakenBySomeoneElse_comesBack409_withBothValues_basedOnTheStoredVersion() {
    when(updateRecord.update(any()))
        .thenThrow(new StaleAggregateException("Contact record", RECORD_ID));
    when(getRecord.get(any())).thenReturn(awaiting(5));
    var fields = new HashMap<>(valid());
    fields.put("paymentReference", "PAY-2026-0042");
    fields.put("firstName", "Ada");
    fields.put("lastName", "Lovelace");
    fields.put("version", "4");

    var reply = api.send(post("/contact-records/" + RECORD_ID, ADMIN_TOKEN, fields));

    assertThat(reply.status()).as(reply.body()).isEqualTo(409);
    var command = ArgumentCaptor.forClass(UpdateContactRecordCommand.class);
    verify(updateRecord).update(command.capture());
    assertThat(command.getValue().expectedVersion()).isEqualTo(4);
    assertThat(reply.body())
        .contains("Someone else changed this record while you were editing it")
        .contains("<input type=\"hidden\" name=\"version\" value=\"5\">")
        .contains("<th scope=\"row\">Contact method</th>")
        .contains("<td class=\"prewrap\">In person</td>", "<td class=\"prewrap\">Phone</td>")
        .contains("<td class=\"prewrap\">Card replaced; waiting for the bank.</td>")
        .doesNotContain("<th scope=\"row\">Last name</th>")
        .contains(">Called back.</textarea>");
  }

  @Test
  void anEdit_keepsTheStoredSecondsWhileTheMinuteShownIsUnchanged_andGoesToTheRecord() {
    when(updateRecord.update(any())).thenReturn(awaiting(8));
    var unchanged = new HashMap<>(valid());
    unchanged.put("contactedAt", "2026-02-02T08:30");
    unchanged.put("contactedAtExact", "2026-02-02T08:30:15.123456Z");
    unchanged.put("version", "7");
    var moved = new HashMap<>(unchanged);
    moved.put("contactedAt", "2026-02-02T08:31");

    var reply = api.send(post("/contact-records/" + RECORD_ID, LIMITED_TOKEN, unchanged));
    api.send(post("/contact-records/" + RECORD_ID, LIMITED_TOKEN, moved));

    assertThat(reply.status()).as(reply.body()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/contact-records/" + RECORD_ID);
    assertThat(flash(reply)).isEqualTo("SUCCESS: Record has been updated!");
    var commands = ArgumentCaptor.forClass(UpdateContactRecordCommand.class);
    verify(updateRecord, times(2)).update(commands.capture());
    assertThat(commands.getAllValues())
        .extracting(command -> command.input().contactedAt())
        .containsExactly(
            Instant.parse("2026-02-02T08:30:15.123456Z"), Instant.parse("2026-02-02T08:31:00Z"));
  }

  @Test
  void theEditForm_isFilledWithTheStoredRecord() {
    when(getRecord.get(any())).thenReturn(awaiting(7));

    var reply = api.send(get("/contact-records/" + RECORD_ID + "/edit", LIMITED_TOKEN));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.body())
        .contains("action=\"/contact-records/" + RECORD_ID + "\"")
        .contains("name=\"version\" value=\"7\"", "value=\"2026-02-02T08:30\"")
        .contains("<option value=\"IN_PERSON\" selected>In person</option>");
  }

  @Test
  void aLimitedUsersForgedDelete_getsThe403Page_fromTheDomainsRefusal() {
    doThrow(new PermissionDeniedException(Permission.DELETE_RECORDS))
        .when(deleteRecord)
        .delete(any());

    var reply =
        api.send(post("/contact-records/" + RECORD_ID + "/delete", LIMITED_TOKEN, Map.of()));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
    assertThat(reply.body()).contains("<h1>");
    verify(deleteRecord)
        .delete(
            new DeleteContactRecordCommand(
                new Actor(FakeAccessTokens.LIMITED_ID, Role.LIMITED), RECORD_ID));
    verifyNoInteractions(logContact, updateRecord);
  }

  @Test
  void anAdminsDelete_goesToTheList_withTheFlash() {
    var reply = api.send(post("/contact-records/" + RECORD_ID + "/delete", ADMIN_TOKEN, Map.of()));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/contact-records");
    assertThat(flash(reply)).isEqualTo("SUCCESS: Record has been deleted!");
  }

  /** A valid contact as the form sends it. */
  private static Map<String, String> valid() {
    var fields = new HashMap<String, String>();
    fields.put("paymentReference", "PAY-1");
    fields.put("firstName", "Grace");
    fields.put("lastName", "Hopper");
    fields.put("method", "PHONE");
    fields.put("contactedAt", "2026-02-09T16:45");
    fields.put("outcome", "CONTACT_SUCCESSFUL");
    fields.put("followUpOn", "");
    fields.put("notes", "Called back.");
    return fields;
  }

  private static ClientRequest request(String title) {
    var details =
        new RequestDetails(
            new ClientId(UUID.randomUUID()),
            new RequestTypeId(UUID.randomUUID()),
            title,
            null,
            null,
            Priority.NORMAL,
            null);
    var stamp = new Stamp(NOW, null);
    return ClientRequest.reconstitute(
        new ClientRequest.State(
            new ClientRequestId(REQUEST_ID),
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

  @MockBean(GetRequestUseCase.class)
  GetRequestUseCase getRequest() {
    return mock(GetRequestUseCase.class);
  }

  @MockBean(LogContactUseCase.class)
  LogContactUseCase logContact() {
    return mock(LogContactUseCase.class);
  }

  @MockBean(GetContactRecordUseCase.class)
  GetContactRecordUseCase getRecord() {
    return mock(GetContactRecordUseCase.class);
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
