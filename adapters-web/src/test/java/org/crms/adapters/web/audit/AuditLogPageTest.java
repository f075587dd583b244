package org.crms.adapters.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.BrowserPages.get;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.audit.AuditTestData.ACTOR;
import static org.crms.adapters.web.audit.AuditTestData.ITEM;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The global audit log page. */
@MicronautTest
class AuditLogPageTest {
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
  void theLog_readsItsFilters_andShowsEachEventWithItsChangesAndItem() {
    var next = new AuditPosition(Instant.parse("2026-03-01T00:00:00Z"), AuditTestData.EVENT);
    when(auditLog.list(any()))
        .thenReturn(
            new Page<>(List.of(AuditTestData.renamed(), AuditTestData.failedLogin()), next));

    var reply =
        api.send(
            get(
                "/audit?userId="
                    + ACTOR
                    + "&action=UPDATED&itemType=CLIENT&from=2026-03-01"
                    + "&to=2026-03-01",
                ADMIN_TOKEN));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var query = ArgumentCaptor.forClass(ListAuditEventsQuery.class);
    verify(auditLog).list(query.capture());
    assertThat(query.getValue().filter())
        .isEqualTo(
            new AuditFilter(
                ACTOR,
                Set.of(AuditAction.UPDATED),
                ItemType.CLIENT,
                null,
                new InstantRange(
                    Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"))));
    assertThat(reply.body())
        .contains("<option value=\"UPDATED\" selected>Updated</option>")
        .contains("<option value=\"CLIENT\" selected>Client</option>")
        .contains("value=\"2026-03-01\"")
        .contains("2026-03-01 10:15 UTC", "adminuser", "Login failed", "username=nobody")
        .contains("<a href=\"/clients/" + ITEM + "\">Client</a>")
        .contains("name: <del>Acme</del>", "<ins>Acme Ltd</ins>", "<del>(none)</del>")
        .contains("Next page</a>")
        .contains("&amp;cursor=");
  }

  @Test
  void aLimitedUser_getsThe403Page_becauseTheUseCaseRefuses() {
    when(auditLog.list(any())).thenThrow(new PermissionDeniedException(Permission.VIEW_AUDIT_LOG));

    var reply = api.send(get("/audit", LIMITED_TOKEN));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
    assertThat(reply.body()).doesNotContain("Apply filters");
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
