package org.crms.adapters.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.user.UserControllerTest.JANE_URL;
import static org.crms.adapters.web.user.UserControllerTest.URL;
import static org.crms.adapters.web.user.UserTestData.JANE_ID;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
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
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.user.ActivateUserUseCase;
import org.crms.application.port.in.user.ChangeUserRoleUseCase;
import org.crms.application.port.in.user.DeactivateUserUseCase;
import org.crms.application.port.in.user.ListUsersUseCase;
import org.crms.application.port.in.user.UserNotFoundException;
import org.crms.domain.user.LastActiveAdminException;
import org.crms.domain.user.OwnAccountChangeException;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class UserControllerErrorsTest {
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
  void aLimitedUser_isRefusedByTheDomain_with403() {
    var denied = new PermissionDeniedException(Permission.MANAGE_USERS);
    when(listUsers.list(any())).thenThrow(denied);
    when(activateUser.activate(any())).thenThrow(denied);
    when(deactivateUser.deactivate(any())).thenThrow(denied);
    when(changeUserRole.changeRole(any())).thenThrow(denied);

    List<MutableHttpRequest<?>> requests =
        List.of(
            HttpRequest.GET(URL),
            HttpRequest.POST(JANE_URL + "/activate", ""),
            HttpRequest.POST(JANE_URL + "/deactivate", ""),
            HttpRequest.PUT(JANE_URL + "/role", Map.of("role", "ADMIN")));

    for (var request : requests) {
      var reply = api.send(request, LIMITED_TOKEN);
      assertThat(reply.problem(403)).containsEntry("type", "/problems/permission-denied");
    }
  }

  @Test
  void deactivatingOneself_answers409WithTheReason() {
    when(deactivateUser.deactivate(any()))
        .thenThrow(new OwnAccountChangeException("You cannot deactivate your own account!"));

    var reply = api.send(HttpRequest.POST(URL + "/" + ADMIN_ID + "/deactivate", ""), ADMIN_TOKEN);

    assertThat(reply.problem(409))
        .containsEntry("type", "/problems/conflict")
        .containsEntry("detail", "You cannot deactivate your own account!");
  }

  @Test
  void demotingOneself_answers409WithTheReason() {
    when(changeUserRole.changeRole(any()))
        .thenThrow(new OwnAccountChangeException("You cannot change your own role!"));

    var reply =
        api.send(
            HttpRequest.PUT(URL + "/" + ADMIN_ID + "/role", Map.of("role", "LIMITED")),
            ADMIN_TOKEN);

    assertThat(reply.problem(409)).containsEntry("detail", "You cannot change your own role!");
  }

  @Test
  void theLastActiveAdmin_cannotBeDeactivatedOrDemoted_409() {
    when(deactivateUser.deactivate(any())).thenThrow(new LastActiveAdminException());
    when(changeUserRole.changeRole(any())).thenThrow(new LastActiveAdminException());

    var deactivated = api.send(HttpRequest.POST(JANE_URL + "/deactivate", ""), ADMIN_TOKEN);
    var demoted =
        api.send(HttpRequest.PUT(JANE_URL + "/role", Map.of("role", "LIMITED")), ADMIN_TOKEN);

    assertThat(deactivated.problem(409))
        .containsEntry("detail", "At least one active admin must remain.");
    assertThat(demoted.problem(409))
        .containsEntry("detail", "At least one active admin must remain.");
  }

  @Test
  void unknownUser_answers404() {
    when(activateUser.activate(any())).thenThrow(new UserNotFoundException(JANE_ID));

    var reply = api.send(HttpRequest.POST(JANE_URL + "/activate", ""), ADMIN_TOKEN);

    assertThat(reply.problem(404))
        .containsEntry("type", "/problems/not-found")
        .containsEntry("detail", "User " + JANE_ID + " was not found.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"role\": \"SUPERUSER\"}",
        "{\"role\": \"admin\"}",
        "{\"role\": \"\"}",
        "{\"role\": null}",
        "{\"role\": 1}",
        "{\"role\": [\"ADMIN\"]}",
        "{}"
      })
  void anythingButARoleName_answers422NamingTheRole(String body) {
    var reply = api.send(HttpRequest.PUT(JANE_URL + "/role", body), ADMIN_TOKEN);

    assertThat(reply.problem(422)).containsEntry("type", "/problems/validation-failed");
    assertThat(reply.list("errors"))
        .singleElement()
        .satisfies(
            error ->
                assertThat(error)
                    .containsEntry("field", "role")
                    .containsEntry("message", "Use ADMIN or LIMITED."));
    verifyNoInteractions(changeUserRole);
  }

  @Test
  void undecodableCursor_answers400NamingTheCursor() {
    var reply = api.send(HttpRequest.GET(URL + "?cursor=%21%21"), ADMIN_TOKEN);

    reply.problem(400);
    assertThat(reply.list("errors").get(0)).containsEntry("field", "cursor");
    verifyNoInteractions(listUsers);
  }

  @Test
  void limitOutOfRange_answers422NamingTheLimit() {
    var reply = api.send(HttpRequest.GET(URL + "?limit=0"), ADMIN_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors").get(0)).containsEntry("field", "limit");
  }

  @Test
  void nonUuidId_answers400() {
    api.send(HttpRequest.POST(URL + "/42/activate", ""), ADMIN_TOKEN).problem(400);

    verifyNoInteractions(activateUser);
  }

  @Test
  void anonymous_answers401_onEveryRoute() {
    api.send(HttpRequest.GET(URL)).problem(401);
    api.send(HttpRequest.POST(JANE_URL + "/activate", "")).problem(401);
    api.send(HttpRequest.POST(JANE_URL + "/deactivate", "")).problem(401);
    api.send(HttpRequest.PUT(JANE_URL + "/role", Map.of("role", "ADMIN"))).problem(401);

    verifyNoInteractions(listUsers, activateUser, deactivateUser, changeUserRole);
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
