package org.crms.adapters.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.search.SearchHit;
import org.crms.application.port.in.search.SearchQuery;
import org.crms.application.port.in.search.SearchResults;
import org.crms.application.port.in.search.SearchTerms;
import org.crms.application.port.in.search.SearchUseCase;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class SearchControllerTest {
  private static final String URL = "/api/v1/search";
  private static final UUID REQUEST_ID = UUID.fromString("00000000-0000-0000-0003-000000000001");
  private static final UUID CLIENT_ID = UUID.fromString("00000000-0000-0000-0002-000000000001");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject SearchUseCase search;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
    reset(search);
  }

  private static String encoded(String q) {
    return URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  @Test
  void answersTheHitsGroupedByKind_forTheTrimmedTermsAndLimit() {
    var terms = new SearchTerms("pay-17");
    when(search.search(any()))
        .thenReturn(
            new SearchResults(
                terms,
                List.of(new SearchHit(REQUEST_ID, "Refund", "Acme Ltd · PAY-17", 3.06)),
                List.of(new SearchHit(CLIENT_ID, "Pay & Co", null, 2)),
                List.of()));

    var reply =
        api.send(HttpRequest.GET(URL + "?q=" + encoded("  pay-17 ") + "&limit=5"), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map()).containsOnlyKeys("q", "requests", "clients", "contactRecords");
    assertThat(reply.map()).containsEntry("q", "pay-17").containsEntry("contactRecords", List.of());
    var request = reply.list("requests").getFirst();
    assertThat(request)
        .containsOnlyKeys("id", "label", "context", "rank")
        .containsEntry("id", REQUEST_ID.toString())
        .containsEntry("label", "Refund")
        .containsEntry("context", "Acme Ltd · PAY-17");
    assertThat(((Number) request.get("rank")).doubleValue()).isEqualTo(3.06);
    assertThat(reply.list("clients").getFirst()).containsEntry("context", null);
    verify(search).search(new SearchQuery(new Actor(LIMITED_ID, Role.LIMITED), terms, 5));
  }

  @Test
  void tenHitsOfEachKindAreTheDefault() {
    when(search.search(any()))
        .thenReturn(new SearchResults(new SearchTerms("acme"), List.of(), List.of(), List.of()));

    api.send(HttpRequest.GET(URL + "?q=acme"), LIMITED_TOKEN);

    verify(search)
        .search(new SearchQuery(new Actor(LIMITED_ID, Role.LIMITED), new SearchTerms("acme"), 10));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "?q=", "?q=%20%20", "?limit=5"})
  void aMissingOrBlankQuery_answers422NamingQ(String query) {
    var reply = api.send(HttpRequest.GET(URL + query), LIMITED_TOKEN);

    assertThat(reply.problem(422)).containsEntry("type", "/problems/validation-failed");
    assertThat(reply.list("errors")).extracting(e -> e.get("field")).containsExactly("q");
    verifyNoInteractions(search);
  }

  @Test
  void aQueryOfMoreThan200Characters_answers422NamingQ() {
    var reply = api.send(HttpRequest.GET(URL + "?q=" + "x".repeat(201)), LIMITED_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors").getFirst())
        .containsEntry("field", "q")
        .containsEntry("message", "Must be at most 200 characters.");
    verifyNoInteractions(search);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "51", "-1"})
  void aLimitOutOfRange_answers422NamingIt(String limit) {
    var reply = api.send(HttpRequest.GET(URL + "?q=acme&limit=" + limit), LIMITED_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors")).extracting(e -> e.get("field")).containsExactly("limit");
    verifyNoInteractions(search);
  }

  @Test
  void aLimitThatIsNoNumber_answers400() {
    var reply = api.send(HttpRequest.GET(URL + "?q=acme&limit=ten"), LIMITED_TOKEN);

    reply.problem(400);
    verifyNoInteractions(search);
  }

  @Test
  void withoutAToken_answers401() {
    var reply = api.send(HttpRequest.GET(URL + "?q=acme"));

    reply.problem(401);
    verifyNoInteractions(search);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(SearchUseCase.class)
  SearchUseCase search() {
    return mock(SearchUseCase.class);
  }
}
