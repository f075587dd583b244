package org.crms.adapters.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.client.ClientTestData.ACME_ID;
import static org.crms.adapters.web.client.ClientTestData.acme;
import static org.crms.adapters.web.client.ClientTestData.bare;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.client.ClientFilter;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.application.port.in.client.CreateClientCommand;
import org.crms.application.port.in.client.CreateClientUseCase;
import org.crms.application.port.in.client.DeleteClientCommand;
import org.crms.application.port.in.client.DeleteClientUseCase;
import org.crms.application.port.in.client.GetClientQuery;
import org.crms.application.port.in.client.GetClientUseCase;
import org.crms.application.port.in.client.ListClientsQuery;
import org.crms.application.port.in.client.ListClientsUseCase;
import org.crms.application.port.in.client.RestoreClientCommand;
import org.crms.application.port.in.client.RestoreClientUseCase;
import org.crms.application.port.in.client.UpdateClientCommand;
import org.crms.application.port.in.client.UpdateClientUseCase;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@MicronautTest
class ClientControllerTest {
  private static final String URL = "/api/v1/clients";
  private static final Actor ADMIN = new Actor(ADMIN_ID, Role.ADMIN);
  private static final Actor LIMITED = new Actor(LIMITED_ID, Role.LIMITED);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListClientsUseCase listClients;
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
  void list_passesFiltersAndLimit_andAnswersItemsWithAnOpaqueCursor() {
    var acme = acme(3);
    when(listClients.list(any())).thenReturn(new Page<>(List.of(acme), ClientPosition.of(acme)));

    var reply = api.send(HttpRequest.GET(URL + "?limit=10&active=true&q=acm"), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.list("items"))
        .extracting(item -> item.get("name"))
        .containsExactly("Acme Ltd");
    var cursor = (String) reply.map().get("nextCursor");
    assertThat(cursor).isNotBlank().doesNotContain("acme");
    var query = ArgumentCaptor.forClass(ListClientsQuery.class);
    verify(listClients).list(query.capture());
    assertThat(query.getValue().actor()).isEqualTo(LIMITED);
    assertThat(query.getValue().filter()).isEqualTo(new ClientFilter(true, "acm"));
    assertThat(query.getValue().limit().value()).isEqualTo(10);
    assertThat(query.getValue().after()).isNull();

    api.send(HttpRequest.GET(URL + "?cursor=" + cursor), LIMITED_TOKEN);

    verify(listClients, times(2)).list(query.capture());
    assertThat(query.getValue().after()).isEqualTo(ClientPosition.of(acme));
  }

  @Test
  void list_passesTheSortAndTimeFilters_andItsCursorContinuesInThatOrder() {
    var item = acme(3);
    var position = ClientPosition.of(item, ListOrder.Key.UPDATED);
    when(listClients.list(any())).thenReturn(new Page<>(List.of(item), position));

    var reply =
        api.send(
            HttpRequest.GET(
                URL
                    + "?sort=-updated&createdFrom=2026-01-01T00:00:00Z&createdTo=2026-02-01T00:00:00Z"
                    + "&updatedFrom=2026-01-06T01:00:00%2B01:00&updatedTo=2026-01-07T00:00:00Z"),
            LIMITED_TOKEN);
    var cursor = (String) reply.map().get("nextCursor");
    api.send(HttpRequest.GET(URL + "?sort=-updated&cursor=" + cursor), LIMITED_TOKEN);

    var query = ArgumentCaptor.forClass(ListClientsQuery.class);
    verify(listClients, times(2)).list(query.capture());
    var first = query.getAllValues().getFirst();
    assertThat(first.order()).isEqualTo(new ListOrder(ListOrder.Key.UPDATED, true));
    assertThat(first.filter())
        .isEqualTo(
            new ClientFilter(
                null,
                null,
                new InstantRange(
                    Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")),
                new InstantRange(
                    Instant.parse("2026-01-06T00:00:00Z"), Instant.parse("2026-01-07T00:00:00Z"))));
    assertThat(query.getValue().order()).isEqualTo(first.order());
    assertThat(query.getValue().after()).isEqualTo(position);
    assertThat(query.getValue().filter()).isEqualTo(ClientFilter.all());
  }

  @Test
  void list_withoutASort_isByName() {
    when(listClients.list(any())).thenReturn(new Page<>(List.of(), null));

    api.send(HttpRequest.GET(URL), ADMIN_TOKEN);

    var query = ArgumentCaptor.forClass(ListClientsQuery.class);
    verify(listClients).list(query.capture());
    assertThat(query.getValue().order()).isEqualTo(ListOrder.BY_NAME);
  }

  @Test
  void list_withoutParameters_usesDefaults_andSaysThereIsNoNextPage() {
    when(listClients.list(any())).thenReturn(new Page<>(List.of(), null));

    var reply = api.send(HttpRequest.GET(URL), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map()).containsEntry("items", List.of()).containsEntry("nextCursor", null);
    var query = ArgumentCaptor.forClass(ListClientsQuery.class);
    verify(listClients).list(query.capture());
    assertThat(query.getValue().limit().value()).isEqualTo(50);
    assertThat(query.getValue().filter()).isEqualTo(ClientFilter.all());
  }

  @Test
  void get_answersTheClientInCamelCase_withItsVersionAsETag() {
    when(getClient.get(new GetClientQuery(LIMITED, ACME_ID))).thenReturn(acme(3));

    var reply = api.send(HttpRequest.GET(URL + "/" + ACME_ID), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"3\"");
    assertThat(reply.map())
        .containsEntry("id", ACME_ID.toString())
        .containsEntry("name", "Acme Ltd")
        .containsEntry("email", "office@acme.example")
        .containsEntry("phone", "+44 20 7946 0000")
        .containsEntry("companyUrl", "https://acme.example")
        .containsEntry("active", true)
        .containsEntry("createdAt", "2026-01-05T09:00:00Z")
        .containsEntry("createdBy", ClientTestData.CREATOR.toString())
        .containsEntry("updatedAt", "2026-01-06T10:30:00Z")
        .containsEntry("updatedBy", ClientTestData.CREATOR.toString())
        .containsKey("version");
    assertThat(((Number) reply.map().get("version")).longValue()).isEqualTo(3);
  }

  @Test
  void get_showsAbsentFieldsAsNull() {
    var bare = bare("Bare Co");
    when(getClient.get(any())).thenReturn(bare);

    var reply = api.send(HttpRequest.GET(URL + "/" + bare.id()), ADMIN_TOKEN);

    assertThat(reply.map())
        .containsEntry("email", null)
        .containsEntry("phone", null)
        .containsEntry("companyUrl", null)
        .containsEntry("createdBy", null)
        .containsEntry("active", false);
  }

  @Test
  void create_answers201WithLocationAndETag_andActiveDefaultsToTrue() {
    var created = bare("Newco");
    when(createClient.create(any())).thenReturn(created);

    var reply =
        api.send(
            HttpRequest.POST(URL, Map.of("name", "Newco", "email", "hi@newco.example")),
            LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo(URL + "/" + created.id());
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"0\"");
    assertThat(reply.map()).containsEntry("name", "Newco");
    var expected = ClientDetails.parse("Newco", "hi@newco.example", null, null, true);
    verify(createClient).create(new CreateClientCommand(LIMITED, expected));
  }

  @Test
  void update_sendsTheVersionFromIfMatch_andAnswersTheNewETag() {
    when(updateClient.update(any())).thenReturn(acme(4));
    var payload = new HashMap<String, Object>(Map.of("name", "Acme Ltd", "active", false));

    var reply =
        api.send(
            HttpRequest.PUT(URL + "/" + ACME_ID, payload).header(HttpHeaders.IF_MATCH, "\"3\""),
            ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"4\"");
    var expected = ClientDetails.parse("Acme Ltd", null, null, null, false);
    verify(updateClient).update(new UpdateClientCommand(ADMIN, ACME_ID, 3, expected));
  }

  @Test
  void delete_answers204() {
    var reply = api.send(HttpRequest.DELETE(URL + "/" + ACME_ID), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    verify(deleteClient).delete(new DeleteClientCommand(ADMIN, ACME_ID));
  }

  @Test
  void restore_answersTheRestoredClient() {
    when(restoreClient.restore(new RestoreClientCommand(ADMIN, ACME_ID))).thenReturn(acme(5));

    var reply = api.send(HttpRequest.POST(URL + "/" + ACME_ID + "/restore", ""), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"5\"");
    assertThat(reply.map()).containsEntry("id", ACME_ID.toString());
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
