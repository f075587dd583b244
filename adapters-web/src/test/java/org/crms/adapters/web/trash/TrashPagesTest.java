package org.crms.adapters.web.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.BrowserPages.flash;
import static org.crms.adapters.web.BrowserPages.get;
import static org.crms.adapters.web.BrowserPages.post;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
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
import java.util.Map;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.client.RestoreClientUseCase;
import org.crms.application.port.in.contact.RestoreContactRecordUseCase;
import org.crms.application.port.in.request.RestoreRequestUseCase;
import org.crms.application.port.in.requesttype.RestoreRequestTypeCommand;
import org.crms.application.port.in.requesttype.RestoreRequestTypeUseCase;
import org.crms.application.port.in.trash.ListTrashQuery;
import org.crms.application.port.in.trash.ListTrashUseCase;
import org.crms.application.port.in.trash.TrashItem;
import org.crms.application.port.in.trash.TrashPosition;
import org.crms.domain.audit.ItemType;
import org.crms.domain.client.ClientName;
import org.crms.domain.client.DuplicateClientNameException;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The trash page and its restore buttons. */
@MicronautTest
class TrashPagesTest {
  private static final UUID TYPE = UUID.fromString("22222222-0000-0000-0000-000000000002");
  private static final Instant DELETED = Instant.parse("2026-03-04T05:06:00Z");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListTrashUseCase listTrash;
  @Inject RestoreClientUseCase restoreClient;
  @Inject RestoreRequestTypeUseCase restoreRequestType;
  @Inject RestoreRequestUseCase restoreRequest;
  @Inject RestoreContactRecordUseCase restoreContactRecord;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void theTrash_listsItemsOfEveryKind_withWhenAndWhoDeletedThem_andARestoreButtonEach() {
    var type =
        new TrashItem(ItemType.REQUEST_TYPE, TYPE, "SEO <Check>", DELETED, ADMIN_ID, "adminuser");
    var contact =
        new TrashItem(
            ItemType.CONTACT_RECORD,
            UUID.randomUUID(),
            "Ada Lovelace · PAY-1",
            DELETED,
            null,
            null);
    when(listTrash.list(any()))
        .thenReturn(new Page<>(List.of(type, contact), new TrashPosition(DELETED, TYPE)));

    var reply = api.send(get("/trash?itemType=request_type", ADMIN_TOKEN));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var query = ArgumentCaptor.forClass(ListTrashQuery.class);
    verify(listTrash).list(query.capture());
    assertThat(query.getValue().itemType()).isEqualTo(ItemType.REQUEST_TYPE);
    assertThat(reply.body())
        .contains("Request type", "SEO &lt;Check&gt;", "2026-03-04 05:06 UTC", "adminuser")
        .contains("Contact record", "Ada Lovelace · PAY-1", "system")
        .contains("action=\"/trash/request-type/" + TYPE + "/restore\"")
        .contains("name=\"_csrf\"")
        .contains("href=\"/trash?itemType=request_type&amp;cursor=");
  }

  @Test
  void restoring_callsThatKindsUseCase_andGoesBackToTheTrash_withTheFlash() {
    var reply = api.send(post("/trash/request-type/" + TYPE + "/restore", ADMIN_TOKEN, Map.of()));

    assertThat(reply.status()).as(reply.body()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/trash");
    assertThat(flash(reply)).isEqualTo("SUCCESS: Record has been restored!");
    verify(restoreRequestType)
        .restore(
            new RestoreRequestTypeCommand(
                new Actor(ADMIN_ID, Role.ADMIN), new RequestTypeId(TYPE)));
    verifyNoInteractions(restoreClient, restoreRequest, restoreContactRecord);
  }

  @Test
  void aRestoreTheDataForbids_comesBackAsAnErrorMessage() {
    when(restoreClient.restore(any()))
        .thenThrow(new DuplicateClientNameException(new ClientName("Acme")));

    var reply = api.send(post("/trash/client/" + TYPE + "/restore", ADMIN_TOKEN, Map.of()));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/trash");
    assertThat(flash(reply)).startsWith("ERROR: ").contains("Acme");
  }

  @Test
  void aLimitedUser_getsThe403Page_forTheTrashAndForARestore() {
    var denied = new PermissionDeniedException(Permission.DELETE_RECORDS);
    when(listTrash.list(any())).thenThrow(denied);
    when(restoreRequest.restore(any())).thenThrow(denied);

    var page = api.send(get("/trash", LIMITED_TOKEN));
    var restore = api.send(post("/trash/request/" + TYPE + "/restore", LIMITED_TOKEN, Map.of()));

    for (var reply : List.of(page, restore)) {
      assertThat(reply.status()).isEqualTo(403);
      assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
    }
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(ListTrashUseCase.class)
  ListTrashUseCase listTrash() {
    return mock(ListTrashUseCase.class);
  }

  @MockBean(RestoreClientUseCase.class)
  RestoreClientUseCase restoreClient() {
    return mock(RestoreClientUseCase.class);
  }

  @MockBean(RestoreRequestTypeUseCase.class)
  RestoreRequestTypeUseCase restoreRequestType() {
    return mock(RestoreRequestTypeUseCase.class);
  }

  @MockBean(RestoreRequestUseCase.class)
  RestoreRequestUseCase restoreRequest() {
    return mock(RestoreRequestUseCase.class);
  }

  @MockBean(RestoreContactRecordUseCase.class)
  RestoreContactRecordUseCase restoreContactRecord() {
    return mock(RestoreContactRecordUseCase.class);
  }
}
