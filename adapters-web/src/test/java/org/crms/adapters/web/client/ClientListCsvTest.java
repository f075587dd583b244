package org.crms.adapters.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.client.ClientTestData.ACME_ID;
import static org.crms.adapters.web.client.ClientTestData.CREATOR;
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
import java.util.Collections;
import java.util.List;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.client.ClientFilter;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.application.port.in.client.ListClientsQuery;
import org.crms.application.port.in.client.ListClientsUseCase;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The client list as a CSV export. */
@MicronautTest
class ClientListCsvTest {
  private static final String URL = "/api/v1/clients";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListClientsUseCase listClients;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void formatCsv_streamsEveryPage_withTheListsFiltersAndSort_ignoringLimitAndCursor() {
    var quoted = bare("Smith, \"Jones\" & Co");
    var position = ClientPosition.of(quoted, ListOrder.Key.UPDATED);
    when(listClients.list(any()))
        .thenReturn(
            new Page<>(Collections.nCopies(200, quoted), position),
            new Page<>(List.of(acme(3)), null));

    var reply =
        api.send(
            HttpRequest.GET(
                URL
                    + "?format=csv&active=false&q=smith&sort=-updated&limit=5&cursor=ignored"
                    + "&createdFrom=2026-01-01T00:00:00Z"),
            LIMITED_TOKEN);

    var rows = reply.csv();
    assertThat(reply.header(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"clients.csv\"");
    assertThat(rows.getFirst())
        .containsExactly(
            "Id",
            "Name",
            "Email",
            "Phone",
            "Website",
            "Active",
            "Created at",
            "Created by",
            "Updated at",
            "Updated by");
    assertThat(rows).hasSize(1 + 200 + 1);
    assertThat(rows.get(1).get(1)).isEqualTo("Smith, \"Jones\" & Co");
    assertThat(reply.body()).contains("\"Smith, \"\"Jones\"\" & Co\"");
    // A leading + would make a spreadsheet read the phone number as a formula.
    assertThat(rows.getLast())
        .containsExactly(
            ACME_ID.value().toString(),
            "Acme Ltd",
            "office@acme.example",
            "'+44 20 7946 0000",
            "https://acme.example",
            "true",
            "2026-01-05T09:00:00Z",
            CREATOR.value().toString(),
            "2026-01-06T10:30:00Z",
            CREATOR.value().toString());
    var query = ArgumentCaptor.forClass(ListClientsQuery.class);
    verify(listClients, times(2)).list(query.capture());
    var filter =
        new ClientFilter(
            false,
            "smith",
            new InstantRange(Instant.parse("2026-01-01T00:00:00Z"), null),
            InstantRange.ANY);
    assertThat(query.getAllValues())
        .allSatisfy(
            q -> {
              assertThat(q.actor()).isEqualTo(new Actor(LIMITED_ID, Role.LIMITED));
              assertThat(q.filter()).isEqualTo(filter);
              assertThat(q.order()).isEqualTo(new ListOrder(ListOrder.Key.UPDATED, true));
              assertThat(q.limit().value()).isEqualTo(200);
            });
    assertThat(query.getAllValues())
        .extracting(ListClientsQuery::after)
        .containsExactly(null, position);
  }

  @Test
  void acceptTextCsv_exports_butAnAcceptThatAlsoNamesJson_getsTheJsonPage() {
    when(listClients.list(any())).thenReturn(new Page<>(List.of(acme(0)), null));

    var csv = api.send(HttpRequest.GET(URL).accept("text/csv"), LIMITED_TOKEN);
    var both = api.send(HttpRequest.GET(URL).accept("application/json, text/csv"), LIMITED_TOKEN);

    assertThat(csv.csv()).hasSize(2);
    assertThat(both.header(HttpHeaders.CONTENT_TYPE)).startsWith("application/json");
    assertThat(both.list("items")).hasSize(1);
  }

  @Test
  void anUnknownFormat_orAMalformedFilter_answers400BeforeAnyExport() {
    api.send(HttpRequest.GET(URL + "?format=xml"), LIMITED_TOKEN).problem(400);
    api.send(HttpRequest.GET(URL + "?format=csv&active=yes"), LIMITED_TOKEN).problem(400);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(ListClientsUseCase.class)
  ListClientsUseCase listClients() {
    return mock(ListClientsUseCase.class);
  }
}
