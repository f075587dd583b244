package org.crms.adapters.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
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
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.audit.AuditFilter;
import org.crms.application.port.in.audit.AuditPosition;
import org.crms.application.port.in.audit.ListAuditEventsQuery;
import org.crms.application.port.in.audit.ListAuditEventsUseCase;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.ItemType;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

@MicronautTest
class AuditLogControllerTest {
  private static final String URL = "/api/v1/audit";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListAuditEventsUseCase auditLog;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
    reset(auditLog);
  }

  private ListAuditEventsQuery sent() {
    var query = ArgumentCaptor.forClass(ListAuditEventsQuery.class);
    verify(auditLog).list(query.capture());
    return query.getValue();
  }

  @Test
  void withoutParameters_listsEverything_fiftyAtATime() {
    when(auditLog.list(any())).thenReturn(new Page<>(List.of(), null));

    var reply = api.send(HttpRequest.GET(URL), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map()).containsEntry("items", List.of()).containsEntry("nextCursor", null);
    assertThat(sent().filter()).isEqualTo(AuditFilter.all());
    assertThat(sent().limit().value()).isEqualTo(50);
    assertThat(sent().actor()).isEqualTo(new Actor(ADMIN_ID, Role.ADMIN));
  }

  @Test
  void everyFilter_isPassedOn() {
    when(auditLog.list(any())).thenReturn(new Page<>(List.of(), null));
    var user = UUID.randomUUID();
    var item = UUID.randomUUID();

    api.send(
        HttpRequest.GET(
            URL
                + "?userId="
                + user
                + "&action=created,UPDATED&action=deleted&itemType=request-type&itemId="
                + item
                + "&from=2026-03-01T00:00:00Z&to=2026-03-02T01:00:00%2B01:00&limit=10"),
        ADMIN_TOKEN);

    assertThat(sent().filter())
        .isEqualTo(
            new AuditFilter(
                new UserId(user),
                Set.of(AuditAction.CREATED, AuditAction.UPDATED, AuditAction.DELETED),
                ItemType.REQUEST_TYPE,
                item,
                new InstantRange(
                    Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"))));
    assertThat(sent().limit().value()).isEqualTo(10);
  }

  @Test
  void theEventsAreShown_andTheCursorLeadsBackToThePosition() {
    var renamed = AuditTestData.renamed();
    var failed = AuditTestData.failedLogin();
    var position = AuditPosition.of(failed);
    when(auditLog.list(any())).thenReturn(new Page<>(List.of(renamed, failed), position));

    var first = api.send(HttpRequest.GET(URL + "?limit=2"), ADMIN_TOKEN);
    api.send(HttpRequest.GET(URL + "?cursor=" + first.map().get("nextCursor")), ADMIN_TOKEN);

    assertThat(first.list("items"))
        .extracting(item -> item.get("action"))
        .containsExactly("UPDATED", "LOGIN_FAILED");
    var query = ArgumentCaptor.forClass(ListAuditEventsQuery.class);
    verify(auditLog, times(2)).list(query.capture());
    assertThat(query.getValue().after()).isEqualTo(position);
  }

  @Test
  void aLimitedUser_isRefusedByTheDomain_with403() {
    when(auditLog.list(any())).thenThrow(new PermissionDeniedException(Permission.VIEW_AUDIT_LOG));

    var reply = api.send(HttpRequest.GET(URL), LIMITED_TOKEN);

    assertThat(reply.problem(403)).containsEntry("type", "/problems/permission-denied");
  }

  @Test
  void noToken_answers401() {
    api.send(HttpRequest.GET(URL)).problem(401);
    verifyNoInteractions(auditLog);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "userId=alice",
        "action=EXPLODED",
        "action=CREATED,nothing",
        "itemType=invoice",
        "itemId=42",
        "from=yesterday",
        "to=2026-03-01",
        "cursor=bm90LWEtY3Vyc29y",
        "limit=ten"
      })
  void aMalformedParameter_answers400NamingIt(String parameter) {
    var reply = api.send(HttpRequest.GET(URL + "?" + parameter), ADMIN_TOKEN);

    reply.problem(400);
    assertThat(reply.list("errors").getFirst())
        .containsEntry("field", parameter.substring(0, parameter.indexOf('=')));
    verifyNoInteractions(auditLog);
  }

  @Test
  void aLimitAbove200_answers422NamingIt() {
    var reply = api.send(HttpRequest.GET(URL + "?limit=500"), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors").getFirst()).containsEntry("field", "limit");
    verifyNoInteractions(auditLog);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(ListAuditEventsUseCase.class)
  ListAuditEventsUseCase auditLog() {
    return mock(ListAuditEventsUseCase.class);
  }
}
