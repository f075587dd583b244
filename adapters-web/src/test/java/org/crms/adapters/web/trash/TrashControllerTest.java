package org.crms.adapters.web.trash;

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
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.trash.ListTrashQuery;
import org.crms.application.port.in.trash.ListTrashUseCase;
import org.crms.application.port.in.trash.TrashItem;
import org.crms.application.port.in.trash.TrashPosition;
import org.crms.domain.audit.ItemType;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

@MicronautTest
class TrashControllerTest {
  private static final String URL = "/api/v1/trash";
  private static final Actor ADMIN = new Actor(ADMIN_ID, Role.ADMIN);
  private static final UUID CLIENT = UUID.fromString("00000000-0000-0000-0002-000000000001");
  private static final Instant DELETED_AT = Instant.parse("2026-04-01T08:15:30.123456Z");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListTrashUseCase listTrash;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
    reset(listTrash);
  }

  private static TrashItem deletedClient() {
    return new TrashItem(ItemType.CLIENT, CLIENT, "Acme Ltd", DELETED_AT, ADMIN_ID, "adminuser");
  }

  @Test
  void answersAPageOfItems_withAnOpaqueCursorThatLeadsToTheNextPage() {
    var item = deletedClient();
    when(listTrash.list(any())).thenReturn(new Page<>(List.of(item), TrashPosition.of(item)));

    var reply = api.send(HttpRequest.GET(URL + "?limit=1&itemType=client"), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.list("items").getFirst())
        .containsOnlyKeys("itemType", "id", "label", "deletedAt", "deletedBy", "deletedByName")
        .containsEntry("itemType", "CLIENT")
        .containsEntry("id", CLIENT.toString())
        .containsEntry("label", "Acme Ltd")
        .containsEntry("deletedAt", "2026-04-01T08:15:30.123456Z")
        .containsEntry("deletedBy", ADMIN_ID.toString())
        .containsEntry("deletedByName", "adminuser");
    var cursor = (String) reply.map().get("nextCursor");
    var query = ArgumentCaptor.forClass(ListTrashQuery.class);
    verify(listTrash).list(query.capture());
    assertThat(query.getValue())
        .isEqualTo(new ListTrashQuery(ADMIN, ItemType.CLIENT, new PageLimit(1), null));

    api.send(HttpRequest.GET(URL + "?cursor=" + cursor), ADMIN_TOKEN);

    verify(listTrash, times(2)).list(query.capture());
    assertThat(query.getValue().after()).isEqualTo(TrashPosition.of(item));
    assertThat(query.getValue().itemType()).isNull();
  }

  @Test
  void aLimitedUser_answers403() {
    when(listTrash.list(any())).thenThrow(new PermissionDeniedException(Permission.DELETE_RECORDS));

    api.send(HttpRequest.GET(URL), LIMITED_TOKEN).problem(403);
  }

  @ParameterizedTest
  @ValueSource(strings = {"USER", "clients", "everything"})
  void anItemTypeTheTrashDoesNotHold_answers400NamingIt(String itemType) {
    var reply = api.send(HttpRequest.GET(URL + "?itemType=" + itemType), ADMIN_TOKEN);

    reply.problem(400);
    assertThat(reply.list("errors").getFirst()).containsEntry("field", "itemType");
    verifyNoInteractions(listTrash);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not-base64!",
        "AAAA",
        "MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAxOnllc3RlcmRheQ"
      })
  void anUnreadableCursor_answers400NamingIt(String cursor) {
    var reply = api.send(HttpRequest.GET(URL + "?cursor=" + cursor), ADMIN_TOKEN);

    reply.problem(400);
    assertThat(reply.list("errors").getFirst()).containsEntry("field", "cursor");
    verifyNoInteractions(listTrash);
  }

  @Test
  void aLimitOutOfRange_answers422() {
    api.send(HttpRequest.GET(URL + "?limit=201"), ADMIN_TOKEN).problem(422);
    verifyNoInteractions(listTrash);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(ListTrashUseCase.class)
  ListTrashUseCase listTrash() {
    return mock(ListTrashUseCase.class);
  }
}
