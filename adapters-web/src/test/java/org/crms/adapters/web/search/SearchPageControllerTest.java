package org.crms.adapters.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
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

@MicronautTest
class SearchPageControllerTest {
  private static final UUID REQUEST = UUID.fromString("00000000-0000-0000-0003-000000000001");
  private static final UUID CLIENT = UUID.fromString("00000000-0000-0000-0002-000000000001");
  private static final UUID CONTACT = UUID.fromString("00000000-0000-0000-0004-000000000001");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject SearchUseCase search;
  TestApi api;

  @MockBean(SearchUseCase.class)
  SearchUseCase search() {
    return mock(SearchUseCase.class);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void showsTheHits_groupedByKind_eachLinkedToItsPage() {
    when(search.search(any()))
        .thenReturn(
            new SearchResults(
                new SearchTerms("acme"),
                List.of(new SearchHit(REQUEST, "Renew <b>cert</b>", "Acme Ltd · PAY-1", 2)),
                List.of(new SearchHit(CLIENT, "Acme Ltd", null, 3)),
                List.of(new SearchHit(CONTACT, "Ada Lovelace · PAY-9", "Called about acme", 1))));

    var reply = get(" acme ");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains("<h2>Requests <span class=\"muted\">(1)</span></h2>")
        .contains("<a href=\"/requests/" + REQUEST + "\">Renew &lt;b&gt;cert&lt;/b&gt;</a>")
        .contains("<a href=\"/clients/" + CLIENT + "\">Acme Ltd</a>")
        .contains("<a href=\"/contact-records/" + CONTACT + "\">Ada Lovelace · PAY-9</a>")
        .contains("Called about acme")
        .contains("value=\" acme \"")
        .doesNotContain("Only whole words");
    verify(search)
        .search(
            new SearchQuery(
                new Actor(LIMITED_ID, Role.LIMITED),
                new SearchTerms("acme"),
                SearchQuery.DEFAULT_LIMIT));
  }

  @Test
  void anEmptySearch_asksWhatToLookFor_withoutSearching() {
    var reply = get("  ");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).contains(SearchPageController.EMPTY);
    verifyNoInteractions(search);
  }

  @Test
  void aFarTooLongSearch_saysWhy_onTheSearchPage() {
    var reply = get("x".repeat(SearchTerms.MAX_LENGTH + 1));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body())
        .contains("<h1>Search</h1>", "Must be at most " + SearchTerms.MAX_LENGTH)
        .contains("action=\"/search\"");
    verifyNoInteractions(search);
  }

  @Test
  void aShortSearch_saysItMatchedWholeWordsOnly_andNothingFound() {
    when(search.search(any()))
        .thenReturn(new SearchResults(new SearchTerms("ab"), List.of(), List.of(), List.of()));

    var body = get("ab").body();

    assertThat(body).contains(SearchPageController.WORDS_ONLY, "Nothing matches “ab”.");
  }

  private TestApi.Reply get(String q) {
    var uri = UriBuilder.of("/search").queryParam("q", q).build();
    return api.send(HttpRequest.GET(uri).cookie(Cookie.of("crms_session", LIMITED_TOKEN)));
  }
}
