package org.crms.adapters.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.user.UserTestData.JANE_ID;
import static org.crms.adapters.web.user.UserTestData.jane;
import static org.crms.adapters.web.user.UserTestData.newcomer;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.user.ActivateUserCommand;
import org.crms.application.port.in.user.ActivateUserUseCase;
import org.crms.application.port.in.user.ChangeUserRoleCommand;
import org.crms.application.port.in.user.ChangeUserRoleUseCase;
import org.crms.application.port.in.user.DeactivateUserCommand;
import org.crms.application.port.in.user.DeactivateUserUseCase;
import org.crms.application.port.in.user.ListUsersQuery;
import org.crms.application.port.in.user.ListUsersUseCase;
import org.crms.application.port.in.user.UserFilter;
import org.crms.application.port.in.user.UserPosition;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The successful paths of user administration; the refusals are in {@link
 * UserControllerErrorsTest}.
 */
@MicronautTest
class UserControllerTest {
  static final String URL = "/api/v1/users";
  static final String JANE_URL = URL + "/" + JANE_ID;
  private static final Actor ADMIN = new Actor(ADMIN_ID, Role.ADMIN);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListUsersUseCase listUsers;
  @Inject ActivateUserUseCase activateUser;
  @Inject DeactivateUserUseCase deactivateUser;
  @Inject ChangeUserRoleUseCase changeUserRole;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void list_answersUsersWithAnOpaqueCursor_thatLeadsToTheNextPage() {
    var jane = jane(Role.LIMITED, true);
    when(listUsers.list(any())).thenReturn(new Page<>(List.of(jane), UserPosition.of(jane)));

    var reply = api.send(HttpRequest.GET(URL + "?limit=1"), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.list("items"))
        .singleElement()
        .satisfies(
            user ->
                assertThat(user)
                    .containsEntry("username", "janedoe")
                    .containsEntry("role", "LIMITED")
                    .doesNotContainKeys("password", "passwordHash"));
    var cursor = (String) reply.map().get("nextCursor");
    assertThat(cursor).isNotBlank().doesNotContain("janedoe");
    var query = ArgumentCaptor.forClass(ListUsersQuery.class);
    verify(listUsers).list(query.capture());
    assertThat(query.getValue().actor()).isEqualTo(ADMIN);
    assertThat(query.getValue().limit().value()).isEqualTo(1);
    assertThat(query.getValue().after()).isNull();

    api.send(HttpRequest.GET(URL + "?cursor=" + cursor), ADMIN_TOKEN);

    verify(listUsers, times(2)).list(query.capture());
    assertThat(query.getValue().after()).isEqualTo(UserPosition.of(jane));
    assertThat(query.getValue().limit().value()).isEqualTo(50);
  }

  @Test
  void list_passesItsFilters_andRefusesAnUnknownRole() {
    when(listUsers.list(any())).thenReturn(new Page<>(List.of(), null));

    var reply =
        api.send(HttpRequest.GET(URL + "?active=false&role=limited&q=%20jane%20"), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    var query = ArgumentCaptor.forClass(ListUsersQuery.class);
    verify(listUsers).list(query.capture());
    assertThat(query.getValue().filter()).isEqualTo(new UserFilter(false, Role.LIMITED, "jane"));
    assertThat(api.send(HttpRequest.GET(URL + "?role=OWNER"), ADMIN_TOKEN).status()).isEqualTo(400);
    assertThat(api.send(HttpRequest.GET(URL + "?active=maybe"), ADMIN_TOKEN).status())
        .isEqualTo(400);
  }

  @Test
  void list_onTheLastPage_hasNoNextCursor() {
    when(listUsers.list(any())).thenReturn(new Page<>(List.of(newcomer("newcomer")), null));

    var reply = api.send(HttpRequest.GET(URL), ADMIN_TOKEN);

    assertThat(reply.map()).containsEntry("nextCursor", null);
    assertThat(reply.list("items")).hasSize(1);
  }

  @Test
  void activate_answersTheUser() {
    when(activateUser.activate(new ActivateUserCommand(ADMIN, JANE_ID)))
        .thenReturn(jane(Role.LIMITED, true));

    var reply = api.send(HttpRequest.POST(JANE_URL + "/activate", ""), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map())
        .containsEntry("id", JANE_ID.toString())
        .containsEntry("active", true)
        .containsEntry("lastLoginAt", "2026-01-07T08:15:00Z");
  }

  @Test
  void deactivate_answersTheUser() {
    when(deactivateUser.deactivate(new DeactivateUserCommand(ADMIN, JANE_ID)))
        .thenReturn(jane(Role.LIMITED, false));

    var reply = api.send(HttpRequest.POST(JANE_URL + "/deactivate", ""), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map()).containsEntry("active", false);
  }

  @Test
  void changeRole_passesTheRole_andAnswersTheUser() {
    when(changeUserRole.changeRole(new ChangeUserRoleCommand(ADMIN, JANE_ID, Role.ADMIN)))
        .thenReturn(jane(Role.ADMIN, true));

    var reply = api.send(HttpRequest.PUT(JANE_URL + "/role", Map.of("role", "ADMIN")), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map()).containsEntry("role", "ADMIN");
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(ListUsersUseCase.class)
  ListUsersUseCase listUsers() {
    return mock(ListUsersUseCase.class);
  }

  @MockBean(ActivateUserUseCase.class)
  ActivateUserUseCase activateUser() {
    return mock(ActivateUserUseCase.class);
  }

  @MockBean(DeactivateUserUseCase.class)
  DeactivateUserUseCase deactivateUser() {
    return mock(DeactivateUserUseCase.class);
  }

  @MockBean(ChangeUserRoleUseCase.class)
  ChangeUserRoleUseCase changeUserRole() {
    return mock(ChangeUserRoleUseCase.class);
  }
}
