package org.crms.adapters.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.audit.AuditTestData.ITEM;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.audit.AuditPosition;
import org.crms.application.port.in.audit.GetItemHistoryQuery;
import org.crms.application.port.in.audit.GetItemHistoryUseCase;
import org.crms.application.port.in.audit.ItemNotFoundException;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.domain.audit.ItemType;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

@MicronautTest
class HistoryControllerTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject GetItemHistoryUseCase history;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
    reset(history);
  }

  @ParameterizedTest
  @CsvSource({
    "clients, CLIENT",
    "request-types, REQUEST_TYPE",
    "requests, REQUEST",
    "contact-records, CONTACT_RECORD",
    "users, USER"
  })
  void eachKindOfItem_hasItsHistoryRoute(String collection, ItemType type) {
    when(history.history(any())).thenReturn(new Page<>(List.of(), null));

    var reply =
        api.send(HttpRequest.GET("/api/v1/" + collection + "/" + ITEM + "/history"), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map()).containsEntry("items", List.of()).containsEntry("nextCursor", null);
    verify(history)
        .history(
            new GetItemHistoryQuery(
                new Actor(ADMIN_ID, Role.ADMIN), type, ITEM, PageLimit.orDefault(null), null));
  }

  @Test
  void anEvent_showsWhenWhatWhoAndEveryChangedField() {
    var entry = AuditTestData.renamed();
    when(history.history(any())).thenReturn(new Page<>(List.of(entry), null));

    var reply = api.send(HttpRequest.GET("/api/v1/clients/" + ITEM + "/history"), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.list("items").getFirst())
        .containsOnlyKeys("id", "at", "action", "itemType", "itemId", "actor", "changes", "details")
        .containsEntry("id", AuditTestData.EVENT.toString())
        .containsEntry("at", "2026-03-01T10:15:30.123456Z")
        .containsEntry("action", "UPDATED")
        .containsEntry("itemType", "CLIENT")
        .containsEntry("itemId", ITEM.toString())
        .containsEntry(
            "actor", Map.of("id", AuditTestData.ACTOR.toString(), "username", "adminuser"))
        .containsEntry("details", Map.of());
    var nullFrom = new HashMap<String, Object>();
    nullFrom.put("field", "email");
    nullFrom.put("from", null);
    nullFrom.put("to", "office@acme.example");
    assertThat(reply.list("items").getFirst().get("changes"))
        .isEqualTo(List.of(Map.of("field", "name", "from", "Acme", "to", "Acme Ltd"), nullFrom));
  }

  @Test
  void anEventOfNobodyAboutNoItem_hasNullActorAndItemAndKeepsItsDetails() {
    when(history.history(any())).thenReturn(new Page<>(List.of(AuditTestData.failedLogin()), null));

    var reply = api.send(HttpRequest.GET("/api/v1/users/" + ITEM + "/history"), ADMIN_TOKEN);

    assertThat(reply.list("items").getFirst())
        .containsEntry("actor", null)
        .containsEntry("itemId", null)
        .containsEntry("changes", List.of())
        .containsEntry("details", Map.of("username", "nobody"));
  }

  @Test
  void theLimitIsPassedOn_andTheCursorLeadsBackToThePosition() {
    var entry = AuditTestData.renamed();
    var position = AuditPosition.of(entry);
    when(history.history(any())).thenReturn(new Page<>(List.of(entry), position));
    var url = "/api/v1/request-types/" + ITEM + "/history";

    var first = api.send(HttpRequest.GET(url + "?limit=1"), LIMITED_TOKEN);
    var cursor = (String) first.map().get("nextCursor");
    api.send(HttpRequest.GET(url + "?cursor=" + cursor), LIMITED_TOKEN);

    var query = ArgumentCaptor.forClass(GetItemHistoryQuery.class);
    verify(history, times(2)).history(query.capture());
    assertThat(query.getAllValues().getFirst().limit().value()).isEqualTo(1);
    assertThat(query.getAllValues().getFirst().actor())
        .isEqualTo(new Actor(LIMITED_ID, Role.LIMITED));
    assertThat(cursor).isNotBlank().doesNotContain(entry.event().id().toString());
    assertThat(query.getValue().after()).isEqualTo(position);
  }

  @Test
  void anItemWithoutHistory_answers404() {
    when(history.history(any())).thenThrow(new ItemNotFoundException(ItemType.REQUEST, ITEM));

    var reply = api.send(HttpRequest.GET("/api/v1/requests/" + ITEM + "/history"), ADMIN_TOKEN);

    assertThat(reply.problem(404))
        .containsEntry("type", "/problems/not-found")
        .containsEntry("detail", "Request " + ITEM + " was not found.");
  }

  @Test
  void aHistoryTheDomainRefuses_answers403() {
    when(history.history(any())).thenThrow(new PermissionDeniedException(Permission.MANAGE_USERS));

    var reply = api.send(HttpRequest.GET("/api/v1/users/" + ITEM + "/history"), LIMITED_TOKEN);

    assertThat(reply.problem(403)).containsEntry("type", "/problems/permission-denied");
  }

  @Test
  void noToken_answers401() {
    api.send(HttpRequest.GET("/api/v1/clients/" + ITEM + "/history")).problem(401);
    verifyNoInteractions(history);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/clients/not-a-uuid/history",
        "/api/v1/clients/"
            + "11111111-2222-3333-4444-555555555555"
            + "/history?cursor=bm90LWEtY3Vyc29y",
        "/api/v1/clients/" + "11111111-2222-3333-4444-555555555555" + "/history?limit=many"
      })
  void malformedParameters_answer400(String url) {
    api.send(HttpRequest.GET(url), ADMIN_TOKEN).problem(400);
    verifyNoInteractions(history);
  }

  @Test
  void aLimitOutOfRange_answers422NamingIt() {
    var reply =
        api.send(HttpRequest.GET("/api/v1/clients/" + ITEM + "/history?limit=201"), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors").getFirst()).containsEntry("field", "limit");
    verifyNoInteractions(history);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(GetItemHistoryUseCase.class)
  GetItemHistoryUseCase history() {
    return mock(GetItemHistoryUseCase.class);
  }
}
