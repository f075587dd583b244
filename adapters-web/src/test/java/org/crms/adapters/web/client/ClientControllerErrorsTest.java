package org.crms.adapters.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.client.ClientTestData.ACME_ID;
import static org.crms.adapters.web.client.ClientTestData.acme;
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
import org.crms.application.port.in.client.ClientNotFoundException;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.application.port.in.client.CreateClientUseCase;
import org.crms.application.port.in.client.DeleteClientUseCase;
import org.crms.application.port.in.client.GetClientUseCase;
import org.crms.application.port.in.client.ListClientsUseCase;
import org.crms.application.port.in.client.RestoreClientUseCase;
import org.crms.application.port.in.client.UpdateClientUseCase;
import org.crms.domain.client.ClientName;
import org.crms.domain.client.DuplicateClientNameException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class ClientControllerErrorsTest {
  private static final String URL = "/api/v1/clients";
  private static final String ACME_URL = URL + "/" + ACME_ID;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListClientsUseCase listClients;
  @Inject GetClientUseCase getClient;
  @Inject CreateClientUseCase createClient;
  @Inject UpdateClientUseCase updateClient;
  @Inject DeleteClientUseCase deleteClient;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void invalidEmail_answers422NamingTheField() {
    var reply =
        api.send(
            HttpRequest.POST(URL, Map.of("name", "Acme", "email", "not-an-email")), ADMIN_TOKEN);

    var problem = reply.problem(422);
    assertThat(problem).containsEntry("type", "/problems/validation-failed");
    assertThat(reply.list("errors").get(0)).containsEntry("field", "email").containsKey("message");
    verifyNoInteractions(createClient);
  }

  @Test
  void severalInvalidFields_areAllReportedAtOnce() {
    var payload =
        Map.of("name", " ", "email", "x@", "phone", "call me", "companyUrl", "ftp://acme.example");

    var reply =
        api.send(
            HttpRequest.PUT(ACME_URL, payload).header(HttpHeaders.IF_MATCH, "\"1\""), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors"))
        .extracting(error -> error.get("field"))
        .containsExactly("name", "email", "phone", "companyUrl");
  }

  @Test
  void malformedJson_answers400() {
    var reply =
        api.send(
            HttpRequest.POST(URL, "{\"name\": \"Acme\",")
                .contentType(MediaType.APPLICATION_JSON_TYPE),
            ADMIN_TOKEN);

    assertThat(reply.problem(400)).containsEntry("detail", "The request body is not valid JSON.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"maybe\"", "\"true\"", "1"})
  void activeThatIsNotAJsonBoolean_answers422NamingIt_withTheOtherInvalidFields(String active) {
    var body = "{\"name\": \"\", \"active\": " + active + "}";

    var reply = api.send(HttpRequest.POST(URL, body), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors"))
        .extracting(error -> error.get("field"))
        .containsExactly("name", "active");
    verifyNoInteractions(createClient);
  }

  @Test
  void objectWhereTextBelongs_answers400() {
    var reply = api.send(HttpRequest.POST(URL, "{\"name\": {\"first\": \"Acme\"}}"), ADMIN_TOKEN);

    reply.problem(400);
    verifyNoInteractions(createClient);
  }

  @Test
  void jsonArrayInsteadOfObject_answers400() {
    var reply = api.send(HttpRequest.POST(URL, "[1, 2]"), ADMIN_TOKEN);

    reply.problem(400);
  }

  @Test
  void missingBody_answers400() {
    var reply =
        api.send(
            HttpRequest.POST(URL, "").contentType(MediaType.APPLICATION_JSON_TYPE), ADMIN_TOKEN);

    reply.problem(400);
  }

  @Test
  void staleIfMatch_answers412() {
    when(updateClient.update(any())).thenThrow(new StaleAggregateException("Client", ACME_ID));

    var reply =
        api.send(
            HttpRequest.PUT(ACME_URL, Map.of("name", "Acme")).header(HttpHeaders.IF_MATCH, "\"2\""),
            ADMIN_TOKEN);

    assertThat(reply.problem(412)).containsEntry("type", "/problems/stale-version");
  }

  @ParameterizedTest
  @ValueSource(strings = {"W/\"3\"", "3", "\"three\"", "\"1\", \"2\""})
  void unreadableIfMatch_cannotMatchAnyVersion_andAnswers412(String ifMatch) {
    var reply =
        api.send(
            HttpRequest.PUT(ACME_URL, Map.of("name", "Acme")).header(HttpHeaders.IF_MATCH, ifMatch),
            ADMIN_TOKEN);

    reply.problem(412);
    verifyNoInteractions(updateClient);
  }

  @Test
  void missingIfMatch_answers428() {
    var reply = api.send(HttpRequest.PUT(ACME_URL, Map.of("name", "Acme")), ADMIN_TOKEN);

    assertThat(reply.problem(428)).containsEntry("type", "about:blank");
    verifyNoInteractions(updateClient);
  }

  @Test
  void wildcardIfMatch_answers428_becauseItWouldAllowLostUpdates() {
    var reply =
        api.send(
            HttpRequest.PUT(ACME_URL, Map.of("name", "Acme")).header(HttpHeaders.IF_MATCH, "*"),
            ADMIN_TOKEN);

    reply.problem(428);
  }

  @Test
  void noToken_answers401WithABearerChallenge() {
    var reply = api.send(HttpRequest.GET(URL));

    reply.problem(401);
    assertThat(reply.header(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    verifyNoInteractions(listClients);
  }

  @Test
  void unknownToken_answers401SayingTheTokenIsInvalid() {
    var reply = api.send(HttpRequest.GET(URL), "revoked-token");

    reply.problem(401);
    assertThat(reply.header(HttpHeaders.WWW_AUTHENTICATE))
        .isEqualTo("Bearer error=\"invalid_token\"");
  }

  @Test
  void permissionDeniedByTheDomain_answers403() {
    doThrow(new PermissionDeniedException(Permission.DELETE_RECORDS))
        .when(deleteClient)
        .delete(any());

    var reply = api.send(HttpRequest.DELETE(ACME_URL), LIMITED_TOKEN);

    assertThat(reply.problem(403)).containsEntry("type", "/problems/permission-denied");
  }

  @Test
  void unknownClient_answers404() {
    when(getClient.get(any())).thenThrow(new ClientNotFoundException(ACME_ID));

    var reply = api.send(HttpRequest.GET(ACME_URL), ADMIN_TOKEN);

    assertThat(reply.problem(404)).containsEntry("type", "/problems/not-found");
  }

  @Test
  void duplicateName_answers409() {
    when(createClient.create(any()))
        .thenThrow(new DuplicateClientNameException(new ClientName("Acme")));

    var reply = api.send(HttpRequest.POST(URL, Map.of("name", "Acme")), ADMIN_TOKEN);

    assertThat(reply.problem(409)).containsEntry("type", "/problems/conflict");
  }

  @Test
  void nonUuidId_answers400NotAnInternalError() {
    var reply = api.send(HttpRequest.GET(URL + "/not-a-uuid"), ADMIN_TOKEN);

    assertThat(reply.problem(400))
        .containsEntry("detail", "The parameter 'id' is missing or invalid.");
    verifyNoInteractions(getClient);
  }

  @Test
  void undecodableCursor_answers400NamingTheCursor() {
    var reply = api.send(HttpRequest.GET(URL + "?cursor=%21%21not-base64"), ADMIN_TOKEN);

    reply.problem(400);
    assertThat(reply.list("errors").get(0)).containsEntry("field", "cursor");
    verifyNoInteractions(listClients);
  }

  @Test
  void limitOutOfRange_answers422NamingTheLimit() {
    var reply = api.send(HttpRequest.GET(URL + "?limit=201"), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors").get(0)).containsEntry("field", "limit");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "limit=ten",
        "active=maybe",
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
    verifyNoInteractions(listClients);
  }

  @Test
  void aCursorOfAnotherSortOrder_answers400NamingTheCursor() {
    when(listClients.list(any()))
        .thenReturn(
            new Page<>(List.of(acme(3)), ClientPosition.of(acme(3), ListOrder.Key.CREATED)));
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

  @MockBean(ListClientsUseCase.class)
  ListClientsUseCase listClients() {
    return mock(ListClientsUseCase.class);
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
