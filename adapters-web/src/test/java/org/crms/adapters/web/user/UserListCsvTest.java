package org.crms.adapters.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.user.UserTestData.JANE_ID;
import static org.crms.adapters.web.user.UserTestData.firstNameOnly;
import static org.crms.adapters.web.user.UserTestData.jane;
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
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.user.ActivateUserUseCase;
import org.crms.application.port.in.user.ChangeUserRoleUseCase;
import org.crms.application.port.in.user.DeactivateUserUseCase;
import org.crms.application.port.in.user.ListUsersQuery;
import org.crms.application.port.in.user.ListUsersUseCase;
import org.crms.application.port.in.user.UserPosition;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The user list as a CSV export. */
@MicronautTest
class UserListCsvTest {
  private static final String URL = "/api/v1/users";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListUsersUseCase listUsers;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void formatCsv_streamsEveryPage() {
    var quoted = firstNameOnly("annmarie", "Ann, \"Jr\"");
    var position = UserPosition.of(quoted);
    when(listUsers.list(any()))
        .thenReturn(
            new Page<>(Collections.nCopies(200, quoted), position),
            new Page<>(List.of(jane(Role.ADMIN, false)), null));

    var reply = api.send(HttpRequest.GET(URL + "?format=csv&limit=3"), ADMIN_TOKEN);

    var rows = reply.csv();
    assertThat(reply.header(HttpHeaders.CONTENT_DISPOSITION)).contains("users.csv");
    assertThat(rows.getFirst())
        .containsExactly(
            "Id",
            "Username",
            "Email",
            "First name",
            "Last name",
            "Role",
            "Active",
            "Created at",
            "Last login at");
    assertThat(rows).hasSize(1 + 200 + 1);
    assertThat(reply.body()).contains("\"Ann, \"\"Jr\"\"\"");
    assertThat(rows.getLast())
        .containsExactly(
            JANE_ID.value().toString(),
            "janedoe",
            "jane@example.com",
            "Jane",
            "Doe",
            "ADMIN",
            "false",
            "2026-01-05T09:00:00Z",
            "2026-01-07T08:15:00Z");
    var query = ArgumentCaptor.forClass(ListUsersQuery.class);
    verify(listUsers, times(2)).list(query.capture());
    assertThat(query.getAllValues()).extracting(q -> q.limit().value()).containsOnly(200);
    assertThat(query.getAllValues())
        .extracting(ListUsersQuery::after)
        .containsExactly(null, position);
  }

  @Test
  void anExportTheDomainRefuses_answers403_notABrokenDownload() {
    when(listUsers.list(any())).thenThrow(new PermissionDeniedException(Permission.MANAGE_USERS));

    var reply = api.send(HttpRequest.GET(URL).accept("text/csv"), ADMIN_TOKEN);

    reply.problem(403);
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
  ActivateUserUseCase activateUserUseCase() {
    return mock(ActivateUserUseCase.class);
  }

  @MockBean(DeactivateUserUseCase.class)
  DeactivateUserUseCase deactivateUserUseCase() {
    return mock(DeactivateUserUseCase.class);
  }

  @MockBean(ChangeUserRoleUseCase.class)
  ChangeUserRoleUseCase changeUserRoleUseCase() {
    return mock(ChangeUserRoleUseCase.class);
  }
}
