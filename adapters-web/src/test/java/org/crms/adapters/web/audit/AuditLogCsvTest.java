package org.crms.adapters.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.audit.AuditTestData.ACTOR;
import static org.crms.adapters.web.audit.AuditTestData.EVENT;
import static org.crms.adapters.web.audit.AuditTestData.ITEM;
import static org.crms.adapters.web.audit.AuditTestData.failedLogin;
import static org.crms.adapters.web.audit.AuditTestData.renamed;
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
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.audit.AuditPosition;
import org.crms.application.port.in.audit.ListAuditEventsQuery;
import org.crms.application.port.in.audit.ListAuditEventsUseCase;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.ItemType;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The global audit log as a CSV export. */
@MicronautTest
class AuditLogCsvTest {
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
  }

  @Test
  void formatCsv_streamsEveryPage_withTheFilters_changesAndDetailsInOneCellEach() {
    var first = failedLogin();
    var position = AuditPosition.of(first);
    when(auditLog.list(any()))
        .thenReturn(
            new Page<>(Collections.nCopies(200, first), position),
            new Page<>(List.of(renamed()), null));

    var reply =
        api.send(HttpRequest.GET(URL + "?format=csv&itemType=client&action=UPDATED"), ADMIN_TOKEN);

    var rows = reply.csv();
    assertThat(reply.header(HttpHeaders.CONTENT_DISPOSITION)).contains("audit-log.csv");
    assertThat(rows.getFirst())
        .containsExactly(
            "Id",
            "At",
            "Action",
            "Item type",
            "Item id",
            "User id",
            "Username",
            "Changes",
            "Details");
    assertThat(rows).hasSize(1 + 200 + 1);
    assertThat(rows.get(1))
        .containsSequence("LOGIN_FAILED", "USER", "", "", "", "", "username=nobody");
    assertThat(rows.getLast())
        .containsExactly(
            EVENT.toString(),
            "2026-03-01T10:15:30.123456Z",
            "UPDATED",
            "CLIENT",
            ITEM.toString(),
            ACTOR.value().toString(),
            "adminuser",
            "name: Acme -> Acme Ltd; email:  -> office@acme.example",
            "");
    var query = ArgumentCaptor.forClass(ListAuditEventsQuery.class);
    verify(auditLog, times(2)).list(query.capture());
    assertThat(query.getAllValues())
        .allSatisfy(
            q -> {
              assertThat(q.filter().itemType()).isEqualTo(ItemType.CLIENT);
              assertThat(q.filter().actions()).isEqualTo(Set.of(AuditAction.UPDATED));
              assertThat(q.limit().value()).isEqualTo(200);
            });
    assertThat(query.getAllValues())
        .extracting(ListAuditEventsQuery::after)
        .containsExactly(null, position);
  }

  @Test
  void aLimitedUser_isRefusedWith403_beforeAnyRowIsSent() {
    when(auditLog.list(any())).thenThrow(new PermissionDeniedException(Permission.VIEW_AUDIT_LOG));

    api.send(HttpRequest.GET(URL + "?format=csv"), LIMITED_TOKEN).problem(403);
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
