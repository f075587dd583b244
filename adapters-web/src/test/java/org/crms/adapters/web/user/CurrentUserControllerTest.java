package org.crms.adapters.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.user.UserTestData.jane;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.user.GetCurrentUserQuery;
import org.crms.application.port.in.user.GetCurrentUserUseCase;
import org.crms.application.port.in.user.UserNotFoundException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Permission;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class CurrentUserControllerTest {
  private static final String URL = "/api/v1/me";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject GetCurrentUserUseCase getCurrentUser;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void me_answersTheAccount_andThePermissionsOfItsRole() {
    when(getCurrentUser.me(new GetCurrentUserQuery(new Actor(LIMITED_ID, Role.LIMITED))))
        .thenReturn(jane(Role.LIMITED, true));

    var reply = api.send(HttpRequest.GET(URL), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map())
        .containsOnlyKeys(
            "id",
            "username",
            "email",
            "firstName",
            "lastName",
            "role",
            "active",
            "createdAt",
            "lastLoginAt",
            "permissions")
        .containsEntry("id", UserTestData.JANE_ID.toString())
        .containsEntry("username", "janedoe")
        .containsEntry("email", "jane@example.com")
        .containsEntry("firstName", "Jane")
        .containsEntry("lastName", "Doe")
        .containsEntry("role", "LIMITED")
        .containsEntry("active", true)
        .containsEntry("createdAt", "2026-01-05T09:00:00Z")
        .containsEntry("lastLoginAt", "2026-01-07T08:15:00Z")
        .containsEntry(
            "permissions",
            List.of(
                "VIEW_RECORDS",
                "EDIT_RECORDS",
                "CHANGE_STATUS",
                "ASSIGN_OWNER",
                "BULK_EDIT",
                "EXPORT",
                "VIEW_HISTORY"));
    assertThat(reply.body()).doesNotContainIgnoringCase("password").doesNotContain("argon2");
  }

  @Test
  void anAdmin_hasEveryPermission() {
    when(getCurrentUser.me(any())).thenReturn(jane(Role.ADMIN, true));

    var reply = api.send(HttpRequest.GET(URL), ADMIN_TOKEN);

    assertThat(reply.map().get("permissions"))
        .isEqualTo(Arrays.stream(Permission.values()).map(Enum::name).toList());
  }

  @Test
  void anAccountThatNoLongerExists_answers404() {
    when(getCurrentUser.me(any())).thenThrow(new UserNotFoundException(LIMITED_ID));

    assertThat(api.send(HttpRequest.GET(URL), LIMITED_TOKEN).problem(404))
        .containsEntry("type", "/problems/not-found");
  }

  @Test
  void anonymous_answers401() {
    api.send(HttpRequest.GET(URL)).problem(401);

    verifyNoInteractions(getCurrentUser);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(GetCurrentUserUseCase.class)
  GetCurrentUserUseCase getCurrentUser() {
    return mock(GetCurrentUserUseCase.class);
  }
}
