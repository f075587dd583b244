package org.crms.adapters.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.BrowserPages.flash;
import static org.crms.adapters.web.BrowserPages.get;
import static org.crms.adapters.web.BrowserPages.post;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.client.ClientTestData.ACME_ID;
import static org.crms.adapters.web.client.ClientTestData.acme;
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
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.client.CreateClientCommand;
import org.crms.application.port.in.client.CreateClientUseCase;
import org.crms.application.port.in.client.DeleteClientCommand;
import org.crms.application.port.in.client.DeleteClientUseCase;
import org.crms.application.port.in.client.GetClientUseCase;
import org.crms.application.port.in.client.RestoreClientCommand;
import org.crms.application.port.in.client.RestoreClientUseCase;
import org.crms.application.port.in.client.UpdateClientCommand;
import org.crms.application.port.in.client.UpdateClientUseCase;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.client.ClientName;
import org.crms.domain.client.ClientStillInUseException;
import org.crms.domain.client.DuplicateClientNameException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client forms and buttons: create, edit (with conflicts), delete and restore. */
@MicronautTest
class ClientFormControllerTest {
  private static final Actor ADMIN = new Actor(ADMIN_ID, Role.ADMIN);
  private static final Actor LIMITED = new Actor(LIMITED_ID, Role.LIMITED);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject GetClientUseCase getClient;
  @Inject CreateClientUseCase createClient;
  @Inject UpdateClientUseCase updateClient;
  @Inject DeleteClientUseCase deleteClient;
  @Inject RestoreClientUseCase restoreClient;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void create_addsTheClient_andSeesOtherToItsPageWithTheAddedFlash() {
    var acme = acme(0);
    when(createClient.create(any())).thenReturn(acme);

    var reply =
        api.send(
            post(
                "/clients",
                LIMITED_TOKEN,
                Map.of("name", "Acme Ltd", "email", "office@acme.example", "active", "true")));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/clients/" + ACME_ID);
    assertThat(flash(reply)).isEqualTo("SUCCESS: Record has been added!");
    verify(createClient)
        .create(
            new CreateClientCommand(
                LIMITED, ClientDetails.parse("Acme Ltd", "office@acme.example", null, null, true)));
  }

  @Test
  void anInvalidForm_comesBack422_withTheDomainsMessagesByTheirFields_andTheValuesAsTyped() {
    var reply =
        api.send(
            post(
                "/clients",
                LIMITED_TOKEN,
                Map.of("name", "Acme \"Ltd\"", "email", "not-an-address", "phone", "call me")));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body())
        .contains("2 fields need attention.")
        .contains("<span class=\"error\" id=\"email-error\">Enter a valid email address.</span>")
        .contains("id=\"phone-error\">Use digits, spaces and + ( ) - only.</span>")
        .contains("value=\"Acme &#34;Ltd&#34;\"", "value=\"not-an-address\"", "value=\"call me\"")
        .doesNotContain("checked");
    verifyNoInteractions(createClient);
  }

  @Test
  void aTakenName_isAnErrorOfTheNameField() {
    when(createClient.create(any()))
        .thenThrow(new DuplicateClientNameException(new ClientName("Acme Ltd")));

    var reply = api.send(post("/clients", ADMIN_TOKEN, Map.of("name", "acme ltd")));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body())
        .contains("id=\"name-error\">A client named \"Acme Ltd\" already exists.</span>")
        .contains("value=\"acme ltd\"");
  }

  @Test
  void edit_sendsTheVersionItWasBasedOn_andSeesOtherWithTheUpdatedFlash() {
    when(getClient.get(any())).thenReturn(acme(3));
    var form = api.send(get("/clients/" + ACME_ID + "/edit", LIMITED_TOKEN));
    assertThat(form.body())
        .contains("name=\"version\" value=\"3\"", "value=\"Acme Ltd\"", "checked");
    when(updateClient.update(any())).thenReturn(acme(4));

    var reply =
        api.send(
            post(
                "/clients/" + ACME_ID,
                LIMITED_TOKEN,
                Map.of("name", "Acme Group", "version", "3")));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/clients/" + ACME_ID);
    assertThat(flash(reply)).isEqualTo("SUCCESS: Record has been updated!");
    verify(updateClient)
        .update(
            new UpdateClientCommand(
                LIMITED, ACME_ID, 3, ClientDetails.parse("Acme Group", null, null, null, false)));
  }

  @Test
  void aStaleEdit_comesBack409_showingStoredAndYours_basedOnTheStoredVersion() {
    when(updateClient.update(any())).thenThrow(new StaleAggregateException("Client", ACME_ID));
    when(getClient.get(any())).thenReturn(acme(5));
    var yours =
        Map.of(
            "name", "Acme Group",
            "email", "office@acme.example",
            "phone", "+44 20 7946 0000",
            "companyUrl", "https://acme.example",
            "active", "true",
            "version", "3");

    var reply = api.send(post("/clients/" + ACME_ID, ADMIN_TOKEN, yours));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.body())
        .contains("Someone else changed this record while you were editing it")
        .contains("<td>Name</td>", "<td class=\"prewrap\">Acme Ltd</td>")
        .contains("<td class=\"prewrap\">Acme Group</td>")
        .doesNotContain("<td>Email</td>")
        .contains("name=\"version\" value=\"5\"", "value=\"Acme Group\"");
  }

  @Test
  void aLimitedUser_seesTheForbiddenPage_whenForgingADelete() {
    var command = new DeleteClientCommand(LIMITED, ACME_ID);
    doThrow(new PermissionDeniedException(Permission.DELETE_RECORDS))
        .when(deleteClient)
        .delete(command);

    var reply = api.send(post("/clients/" + ACME_ID + "/delete", LIMITED_TOKEN, Map.of()));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
    assertThat(reply.body()).contains("You do not have permission to do this.");
    verify(deleteClient).delete(command);
    verifyNoMoreInteractions(deleteClient);
    verifyNoInteractions(restoreClient, updateClient, createClient);
  }

  @Test
  void delete_seesOtherToTheList_or_backToTheClientWithTheDomainsReasonWhenItHasRequests() {
    var deleted = api.send(post("/clients/" + ACME_ID + "/delete", ADMIN_TOKEN, Map.of()));

    assertThat(deleted.status()).isEqualTo(303);
    assertThat(deleted.header(HttpHeaders.LOCATION)).isEqualTo("/clients");
    assertThat(flash(deleted)).isEqualTo("SUCCESS: Record has been deleted!");
    verify(deleteClient).delete(new DeleteClientCommand(ADMIN, ACME_ID));

    doThrow(new ClientStillInUseException(new ClientName("Acme Ltd"), 2))
        .when(deleteClient)
        .delete(any());
    var refused = api.send(post("/clients/" + ACME_ID + "/delete", ADMIN_TOKEN, Map.of()));

    assertThat(refused.status()).isEqualTo(303);
    assertThat(refused.header(HttpHeaders.LOCATION)).isEqualTo("/clients/" + ACME_ID);
    assertThat(flash(refused))
        .isEqualTo("ERROR: The client \"Acme Ltd\" still has 2 requests; deactivate it instead.");
  }

  @Test
  void restore_seesOtherToTheRestoredClient() {
    when(restoreClient.restore(any())).thenReturn(acme(7));

    var reply = api.send(post("/clients/" + ACME_ID + "/restore", ADMIN_TOKEN, Map.of()));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/clients/" + ACME_ID);
    assertThat(flash(reply)).isEqualTo("SUCCESS: Record has been restored!");
    verify(restoreClient).restore(new RestoreClientCommand(ADMIN, ACME_ID));
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(GetClientUseCase.class)
  GetClientUseCase getClient() {
    return mock(GetClientUseCase.class);
  }

  @MockBean(CreateClientUseCase.class)
  CreateClientUseCase createClient() {
    return mock(CreateClientUseCase.class);
  }

  @MockBean(UpdateClientUseCase.class)
  UpdateClientUseCase updateClient() {
    return mock(UpdateClientUseCase.class);
  }

  @MockBean(DeleteClientUseCase.class)
  DeleteClientUseCase deleteClient() {
    return mock(DeleteClientUseCase.class);
  }

  @MockBean(RestoreClientUseCase.class)
  RestoreClientUseCase restoreClient() {
    return mock(RestoreClientUseCase.class);
  }
}
